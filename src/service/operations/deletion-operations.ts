import * as z from 'zod';
import { stringSchema, type DeletionResult, type Profile, type StoredAccount, type Viewer } from '../../core';
import { deletionScheduledMail } from '../mail/mail-messages';
import { basedOn, namesVersion } from '../support/expected-version';
import { eraseAccount, eraseNow, PURGE_ACTOR } from '../support/erase-account';
import { invalidState } from '../support/lifecycle-errors';
import { loadLifecycleTarget, requireLifecycleRight, saveTransition, type Transition } from '../support/lifecycle-target';
import { loadAccount, requireViewer } from '../support/load-account';
import { parseInput } from '../support/parse-input';
import { projectProfile } from '../support/project-profile';
import { afterCommit, type ServiceContext } from '../support/service-context';
import { verifyCurrentPassword } from '../support/verify-current-password';

const reauthenticateInput = z.strictObject({ currentPassword: stringSchema.max(4096) });
const deleteInput = z.strictObject({ mode: z.enum(['scheduled', 'immediate']) });
const OWN_ACCOUNT = 'Schedule or cancel your own erasure through /me/deletion, which asks for your password';

/** Erasure after the grace period (mail to the account with the date), or at once when the grace period is 0. */
async function scheduleOrErase(ctx: ServiceContext, actor: Viewer, account: StoredAccount, version: unknown): Promise<DeletionResult> {
  if (ctx.deletionGracePeriodMs <= 0) return eraseNow(ctx, actor.userId, account, version);
  const now = ctx.clock();
  const purgeAt = new Date(now.getTime() + ctx.deletionGracePeriodMs).toISOString();
  const saved = await saveTransition(ctx, account, version, (current) => {
    if (current.main.deletion) throw invalidState('deletionScheduled');
    const deletion = { purgeAt, requestedAt: now.toISOString(), by: actor.userId };
    return { actor, action: 'account.deletion_scheduled', main: { ...current.main, deletion } };
  });
  await afterCommit(ctx, 'deletion-scheduled mail', () => ctx.mailer.send(deletionScheduledMail(saved.id, saved.main.email, purgeAt)));
  return { purgeAt, erased: false };
}

const cancel =
  (actor: Viewer): Transition =>
  (current) => {
    if (!current.main.deletion) throw invalidState('noDeletionScheduled');
    return { actor, action: 'account.deletion_cancelled', main: { ...current.main, deletion: null } };
  };

/** The holder's own request (`POST /me/deletion`): their `lifecycle.delete` right, their password. */
export async function scheduleDeletion(ctx: ServiceContext, viewer: Viewer | null, input: unknown, version?: unknown): Promise<DeletionResult> {
  const self = requireViewer(viewer);
  requireLifecycleRight(ctx, self, self.userId, 'delete');
  const { account } = await loadAccount(ctx, self, self.userId, { write: true });
  const { currentPassword } = parseInput(reauthenticateInput, input);
  if (account.main.deletion) throw invalidState('deletionScheduled');
  if (namesVersion(version)) basedOn(version, account.version);
  await verifyCurrentPassword(ctx, account, currentPassword);
  return scheduleOrErase(ctx, self, account, version);
}

/** The holder cancels (`DELETE /me/deletion`), with their password; no `lifecycle` right needed to keep one's account. */
export async function cancelDeletion(ctx: ServiceContext, viewer: Viewer | null, input: unknown, version?: unknown): Promise<Profile> {
  const self = requireViewer(viewer);
  const { account, access } = await loadAccount(ctx, self, self.userId, { write: true });
  const { currentPassword } = parseInput(reauthenticateInput, input);
  if (!account.main.deletion) throw invalidState('noDeletionScheduled');
  if (namesVersion(version)) basedOn(version, account.version);
  await verifyCurrentPassword(ctx, account, currentPassword);
  return projectProfile(ctx.config, await saveTransition(ctx, account, version, cancel(self)), access);
}

/** An admin's erasure of another account (`POST /users/:id/deletion`): `immediate` or `scheduled`, said explicitly. */
export async function deleteAccount(ctx: ServiceContext, viewer: Viewer | null, accountId: string, input: unknown, version?: unknown): Promise<DeletionResult> {
  const { viewer: admin, account } = await loadLifecycleTarget(ctx, viewer, accountId, 'delete', OWN_ACCOUNT);
  const { mode } = parseInput(deleteInput, input);
  if (mode === 'immediate') return eraseNow(ctx, admin.userId, account, version);
  return scheduleOrErase(ctx, admin, account, version);
}

/** An admin cancels another account's scheduled erasure (`DELETE /users/:id/deletion`). */
export async function cancelAccountDeletion(ctx: ServiceContext, viewer: Viewer | null, accountId: string, version?: unknown): Promise<Profile> {
  const { viewer: admin, account, access } = await loadLifecycleTarget(ctx, viewer, accountId, 'delete', OWN_ACCOUNT);
  return projectProfile(ctx.config, await saveTransition(ctx, account, version, cancel(admin)), access);
}

/**
 * Erases every account whose erasure is due now, at most `limit` (default 100) per call; the
 * host calls it from a timer. Each erasure is its own transaction, made only if the account is
 * still pending and due inside it (a cancellation that won the race keeps the account). A
 * failing erasure is reported to `onBackgroundError` and the rest go on.
 */
export async function purgeDueAccounts(ctx: ServiceContext, options: { limit?: number } = {}): Promise<{ erased: string[] }> {
  const now = ctx.clock();
  const limit = Math.min(1000, Math.max(1, Math.trunc(options.limit ?? 100)));
  const erased: string[] = [];
  for (const id of await ctx.store.findDueDeletions(now, limit)) {
    try {
      if (await eraseAccount(ctx, { accountId: id, actorId: PURGE_ACTOR, dueBy: now })) erased.push(id);
    } catch (error) {
      ctx.onBackgroundError(error, `purge of account ${id}`);
    }
  }
  return { erased };
}
