import { COMMON_PASSWORDS_TEXT } from './common-passwords';

let commonPasswords: Set<string> | undefined;

/**
 * Whether a password, NFKC-normalised and lower-cased, is on the shipped list of common
 * passwords (2,290 of them, 23 KiB minified). Imported statically only by `checkPassword` (the
 * service's synchronous check); the browser gets it through `loadCommonPasswords()`, a lazy chunk.
 */
export function isCommonPassword(lowered: string): boolean {
  commonPasswords ??= new Set(COMMON_PASSWORDS_TEXT.split(' '));
  return commonPasswords.has(lowered);
}
