import { ProfileError, resolveLifecycleRights, type LifecycleRights, type StoredAccount, type Viewer } from '../../core';
import { basedOn, namesVersion } from './expected-version';
import { fieldAccess, readAccount, requireAccountId, requireActiveActor, requireViewer, type LoadedAccount } from './load-account';
import { retryOnConflict } from './retry-on-conflict';
import { saveAccount, type SaveRequest } from './save-account';
import type { ServiceContext } from './service-context';

/** Throws `forbidden` unless the config's `lifecycle` lists give `viewer` the `right` on account `accountId`. */
export function requireLifecycleRight(ctx: ServiceContext, viewer: Viewer, accountId: string, right: keyof LifecycleRights): void {
  if (!resolveLifecycleRights(ctx.config, viewer, accountId)[right]) {
    const whose = viewer.userId === accountId ? 'your own account' : 'another account';
    throw new ProfileError('forbidden', `You may not do this to ${whose}`);
  }
}

/**
 * The account a lifecycle step acts on, once the viewer holds the `right` to it (the config's
 * `lifecycle` lists; `forbidden` otherwise) and, acting on another account, is not suspended.
 * `ownRefusal`: the step has a self-service form that asks for the password, so an admin's own
 * account is refused here with that message.
 */
export async function loadLifecycleTarget(
  ctx: ServiceContext,
  viewer: Viewer | null,
  accountId: unknown,
  right: keyof LifecycleRights,
  ownRefusal?: string,
): Promise<LoadedAccount> {
  const known = requireViewer(viewer);
  const id = requireAccountId(accountId);
  const self = known.userId === id;
  if (self && ownRefusal) throw new ProfileError('forbidden', ownRefusal);
  requireLifecycleRight(ctx, known, id, right);
  if (!self) await requireActiveActor(ctx, known);
  return { viewer: known, account: await readAccount(ctx, id), access: fieldAccess(ctx.config, known, id) };
}

/** A lifecycle step's change to the account as it stands: throws `invalid_state` when it does not apply. */
export type Transition = (account: StoredAccount) => Omit<SaveRequest, 'account' | 'expectedVersion'>;

/**
 * Saves a lifecycle step. On the client's version when it names one (stale: `version_conflict`,
 * no retry); else on the account as read, re-read and retried when a concurrent save moved it,
 * so the step is checked again against what won (two admins suspending at once: the second
 * hears `invalid_state`, never a double entry).
 */
export async function saveTransition(ctx: ServiceContext, account: StoredAccount, version: unknown, transition: Transition): Promise<StoredAccount> {
  if (namesVersion(version)) {
    const expectedVersion = basedOn(version, account.version);
    return saveAccount(ctx, { ...transition(account), account, expectedVersion });
  }
  let first: StoredAccount | null = account;
  return retryOnConflict(async () => {
    const current = first ?? (await readAccount(ctx, account.id));
    first = null;
    return saveAccount(ctx, { ...transition(current), account: current, expectedVersion: current.version });
  });
}
