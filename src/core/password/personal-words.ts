import { codePointLength } from './password-length';
import { reverse, unleet } from './password-variants';

/** What a password must not contain: the account's email address and names. */
export interface PasswordContext {
  email?: string | null;
  names?: readonly (string | null | undefined)[];
}

const SEPARATORS = /[\s._+@'’-]+/u;

/**
 * The words a password must not contain, lower-cased, 3+ characters: the parts of the email's
 * local part and of its domain (without the top-level domain), of each name, and the app's own
 * words (`policy.appWords`).
 */
export function personalWords(context: PasswordContext, appWords: readonly string[] = []): string[] {
  const email = context.email ?? '';
  const at = email.lastIndexOf('@');
  const local = at === -1 ? email : email.slice(0, at);
  const domain = at === -1 ? [] : email.slice(at + 1).split('.').slice(0, -1);
  const parts = [local, ...domain, ...(context.names ?? []), ...appWords]
    .flatMap((part) => (part ? part.normalize('NFKC').toLowerCase().split(SEPARATORS) : []))
    .filter((part) => codePointLength(part) >= 3);
  return [...new Set(parts)];
}

/**
 * The personal word a lower-cased password contains, or `null`. A word of 4+ characters also
 * counts in leet (`gr4ce`) or reversed (`ecarg`); a 3-character one only as typed, so that short
 * names do not refuse random strings.
 */
export function findPersonalWord(lowered: string, words: readonly string[]): string | null {
  const disguised = [...unleet(lowered), reverse(lowered), ...unleet(reverse(lowered))];
  for (const word of words) {
    if (lowered.includes(word)) return word;
    if (codePointLength(word) >= 4 && disguised.some((text) => text.includes(word))) return word;
  }
  return null;
}
