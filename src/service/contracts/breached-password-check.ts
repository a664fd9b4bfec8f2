/**
 * A breached-password check (NIST SP 800-63B: refuse passwords known from breaches). The service
 * asks it about every new password that passed the policy; `createRangeBreachChecker` is the
 * reference one (the k-anonymity range protocol of Have I Been Pwned's Pwned Passwords).
 */
export interface BreachedPasswordCheck {
  /**
   * Whether `password` (NFKC-normalised, as it will be hashed) appears in a breach. Rejects when
   * it cannot tell (network, timeout, a bad answer): the service then applies `onFailure`.
   */
  isBreached(password: string): Promise<boolean>;
}

/** The `breachedPasswords` option of `createProfileService`. */
export interface BreachedPasswordOptions {
  check: BreachedPasswordCheck;
  /**
   * When `check` rejects: `'allow'` (default, fail-open) lets the change go through and reports
   * the failure to `onBackgroundError` (context `breached-password check`); `'refuse'`
   * (fail-closed) answers `unavailable` (503) and changes nothing.
   */
  onFailure?: 'allow' | 'refuse';
}
