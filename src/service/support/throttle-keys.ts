// The per-account throttle keys, named in one place: the operations take slots on them, and an
// erasure forgets them all with the account.

export const currentPasswordKey = (accountId: string) => `current-password:${accountId}`;
export const verificationMailKey = (accountId: string) => `verification-mail:${accountId}`;
export const exportKey = (accountId: string) => `export:${accountId}`;

/** Every throttle key an account has. */
export function accountThrottleKeys(accountId: string): string[] {
  return [currentPasswordKey(accountId), verificationMailKey(accountId), exportKey(accountId)];
}
