/**
 * The form of an email address that uniqueness is enforced on: trimmed, Unicode NFC, and
 * lower-cased in both the local part and the domain. (RFC 5321 lets the local part be
 * case-sensitive; no mail provider in use treats it so, and two accounts differing only in case
 * are a support and phishing hazard.)
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/** The part before the last `@`. */
export function emailLocalPart(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? email : email.slice(0, at);
}
