import { fieldIssue, issueFields, normalizePassword, ProfileError, type StoredAccount } from '../../core';
import type { ServiceContext } from './service-context';
import { takeThrottle } from './throttle';
import { currentPasswordKey } from './throttle-keys';

/**
 * Checks the current password under the per-account throttle: every attempt takes a slot, a
 * right password gives it back, so only wrong ones count; once they are used up even the right
 * password is refused until the window passes (a guesser learns nothing from a late hit).
 */
export async function verifyCurrentPassword(ctx: ServiceContext, account: StoredAccount, password: string): Promise<void> {
  const key = currentPasswordKey(account.id);
  const hitId = await takeThrottle(ctx, key, ctx.throttles.currentPassword, 'Too many wrong passwords; try again later');
  const hash = account.main.passwordHash;
  const ok = hash !== null && (await ctx.passwords.verify(hash, normalizePassword(password)));
  if (!ok) {
    throw new ProfileError('invalid_current_password', 'The current password is not correct', issueFields({ currentPassword: fieldIssue('wrongPassword') }));
  }
  await ctx.store.releaseThrottle(key, hitId);
}
