import { profileConfigSchema, type ProfileConfig, type ProfileConfigInput } from './profile-config-schema';

/**
 * Builds the field config from what the app declares, filling in every default and refusing
 * unsafe settings (an editable account id, an unknown channel, duplicate options). Throws a
 * `TypeError` naming each problem: a config error is a bug to fix, not a user error.
 *
 * Defaults: every built-in field visible to `self` and `admin`; `billing` and `apiKeys` admin
 * only; `roles` and `activeApps` edited by admins; `id`, `createdAt`, `identities`,
 * `emailVerified` and `pendingEmail` never patchable; `email` changed only through the email
 * flow (its `edit` list says who may use it). Custom fields: visible and editable by `self` and
 * `admin` unless they say otherwise. Password length 12..128 code points; admin role `admin`.
 */
export function defineProfileConfig(input: ProfileConfigInput = {}): ProfileConfig {
  const result = profileConfigSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new TypeError(`Invalid profile config:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}
