import type { ProfileConfig } from '../config/profile-config-schema';
import { isCommonPassword } from './common-password-list';
import { checkPasswordPolicy, type PasswordCheck, type PasswordContext } from './password-policy';

/**
 * The password policy of NIST SP 800-63B (see `checkPasswordPolicy`) with the shipped list of
 * common passwords, synchronously: what the service runs, and it has the last word. This module
 * holds the list statically (23 KiB minified); browser code checks with `checkPasswordPolicy`
 * and the test `loadCommonPasswords()` resolves to, so the list stays out of its first load.
 * Returns the normalised password to hash.
 */
export function checkPassword(
  password: string,
  policy: ProfileConfig['password'],
  context: PasswordContext = {},
): PasswordCheck {
  return checkPasswordPolicy(password, policy, context, { isCommon: isCommonPassword });
}
