import type { ProfileConfig } from '../config/profile-config-schema';
import { passwordEstimator } from './password-estimator';
import { checkPasswordPolicy, type PasswordCheck } from './password-policy';
import type { PasswordContext } from './personal-words';

/**
 * The password policy (see `checkPasswordPolicy`) with its estimator, synchronously: what the
 * service runs, and it has the last word. This module imports the estimator statically; browser
 * code checks with `checkPasswordPolicy` and what `loadPasswordEstimator()` resolves to, so the
 * estimator stays out of its first load. The first call builds the estimator (about 0.1 s).
 * Returns the normalised password to hash.
 */
export function checkPassword(password: string, policy: ProfileConfig['password'], context: PasswordContext = {}): PasswordCheck {
  return checkPasswordPolicy(password, policy, context, { estimator: passwordEstimator() });
}
