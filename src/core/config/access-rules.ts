import type { Viewer } from '../domain/viewer';

/** Whether an access list (`self`, role names) lets `viewer` in, `isSelf` when the account is their own. */
export function allows(rules: readonly string[], viewer: Viewer, isSelf: boolean): boolean {
  return rules.some((rule) => (rule === 'self' ? isSelf : viewer.roles.includes(rule)));
}
