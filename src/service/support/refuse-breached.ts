import { issueFields, passwordIssue, passwordProblemMessage, ProfileError } from '../../core';
import type { ServiceContext } from './service-context';

/**
 * Asks the host's breached-password check (if any) about a new password that passed the policy:
 * a breached one is a `validation` error on `field` (problem `breached`). When the check fails,
 * `onFailure: 'allow'` reports it and lets the password through, `'refuse'` answers `unavailable`.
 */
export async function refuseBreached(ctx: ServiceContext, password: string, field: string): Promise<void> {
  const breached = ctx.breachedPasswords;
  if (!breached) return;
  let found: boolean;
  try {
    found = await breached.check.isBreached(password);
  } catch (error) {
    if (breached.onFailure === 'refuse') {
      throw new ProfileError('unavailable', 'The breached-password check is unavailable; try again later');
    }
    ctx.onBackgroundError(error, 'breached-password check');
    return;
  }
  if (found) {
    const message = passwordProblemMessage('breached');
    throw new ProfileError('validation', message, issueFields({ [field]: passwordIssue('breached') }));
  }
}
