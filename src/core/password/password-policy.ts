import type { ProfileConfig } from '../config/profile-config-schema';
import { emailLocalPart } from '../text/normalize-email';

// No import of the common-password list here: this module reaches every browser bundle. The
// list comes in through `options.isCommon`: `checkPassword` (./check-password) passes it
// synchronously, browser code passes what `loadCommonPasswords()` resolved to.

/** What a password must not contain: the account's email local part and names (3+ characters). */
export interface PasswordContext {
  email?: string | null;
  names?: readonly (string | null | undefined)[];
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal';

export type PasswordCheck =
  | { ok: true; password: string }
  | { ok: false; problem: PasswordProblem; message: string };

/**
 * The form a password is hashed and compared in: Unicode NFKC, so the same password typed on
 * another keyboard (full-width digits, ligatures) still matches. Every hash and verify goes
 * through it, including a host app's own sign-in.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Length in Unicode code points, as NIST SP 800-63B counts (an emoji is one). */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Whether a password, NFKC-normalised and lower-cased, is a common one. */
export type CommonPasswordTest = (lowered: string) => boolean;

export interface PasswordCheckOptions {
  /**
   * The common-password test: `isCommonPassword` (the shipped list; `checkPassword` passes it),
   * what `loadCommonPasswords()` resolved to, or `null` while it has not yet, which skips that
   * one rule (a browser's early check; the server still refuses a common password).
   */
  isCommon: CommonPasswordTest | null;
}

/**
 * The password policy of NIST SP 800-63B, written once: the password is NFKC-normalised (so
 * the same password typed on another keyboard still matches), must be `minLength`..`maxLength`
 * code points, must not be a common password (`options.isCommon`), and must not contain the
 * email's local part or one of the user's names. No composition rules. The same check runs in
 * the browser (as the user types) and in the service (which has the last word, through
 * `checkPassword` with the shipped list). Returns the normalised password to hash.
 */
export function checkPasswordPolicy(
  password: string,
  policy: ProfileConfig['password'],
  context: PasswordContext,
  options: PasswordCheckOptions,
): PasswordCheck {
  const normalized = normalizePassword(password);
  const length = codePointLength(normalized);
  if (length < policy.minLength) {
    return { ok: false, problem: 'too_short', message: `Use at least ${policy.minLength} characters` };
  }
  if (length > policy.maxLength) {
    return { ok: false, problem: 'too_long', message: `Use at most ${policy.maxLength} characters` };
  }
  const lowered = normalized.toLowerCase();
  if (options.isCommon?.(lowered)) {
    return { ok: false, problem: 'common', message: 'This password is too common; choose another' };
  }
  const personal = [context.email ? emailLocalPart(context.email) : null, ...(context.names ?? [])]
    .flatMap((part) => (part ? part.normalize('NFKC').toLowerCase().split(/[\s._+-]+/) : []))
    .filter((part) => codePointLength(part) >= 3);
  if (personal.some((part) => lowered.includes(part))) {
    return { ok: false, problem: 'personal', message: "Don't use your name or email address in your password" };
  }
  return { ok: true, password: normalized };
}
