import type { DeletionResult, StoredAccount } from '../../core';
import { accountNotFoundError, versionConflictError } from '../contracts/store-errors';
import { accountErasedMail } from '../mail/mail-messages';
import { requireVersion, namesVersion } from './expected-version';
import { afterCommit, type ServiceContext } from './service-context';
import { accountThrottleKeys } from './throttle-keys';

/** The actor of the purge's erasures in the audit trail: the host's timer, not a person. */
export const PURGE_ACTOR = 'system';

/**
 * Erases `accountId` in one store transaction (see `ProfileStore.eraseAccount`) with its last
 * audit entry, by `actorId`, then mails the address it had and tells the host. `null` when a
 * condition did not hold (`dueBy`: no longer due or pending; `expectedVersion`: moved on).
 */
export async function eraseAccount(
  ctx: ServiceContext,
  request: { accountId: string; actorId: string; dueBy?: Date; expectedVersion?: number },
): Promise<StoredAccount | null> {
  const at = ctx.clock().toISOString();
  const erased = await ctx.store.eraseAccount({
    id: request.accountId,
    ...(request.dueBy ? { dueBy: request.dueBy } : {}),
    ...(request.expectedVersion !== undefined ? { expectedVersion: request.expectedVersion } : {}),
    throttleKeys: accountThrottleKeys(request.accountId),
    audit: { id: ctx.ids(), at, actorId: request.actorId, targetId: request.accountId, action: 'account.erased', changes: [] },
  });
  if (!erased) return null;
  await afterCommit(ctx, 'account-erased mail', () => ctx.mailer.send(accountErasedMail(erased.id, erased.main.email)));
  await afterCommit(ctx, 'onAccountErased', () => ctx.onAccountErased?.({ userId: erased.id, at }));
  return erased;
}

/** Erases an account now, as asked by `actorId`: on the client's version when it names one. */
export async function eraseNow(ctx: ServiceContext, actorId: string, account: StoredAccount, version: unknown): Promise<DeletionResult> {
  const expectedVersion = namesVersion(version) ? requireVersion(version) : undefined;
  const erased = await eraseAccount(ctx, { accountId: account.id, actorId, expectedVersion });
  if (!erased) throw (await ctx.store.getAccount(account.id)) ? versionConflictError() : accountNotFoundError();
  return { purgeAt: ctx.clock().toISOString(), erased: true };
}
