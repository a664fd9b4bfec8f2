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
