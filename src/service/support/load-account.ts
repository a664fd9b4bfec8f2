import { isAdmin, ProfileError, resolveFieldAccess, type FieldAccessMap, type ProfileConfig, type StoredAccount, type Viewer } from '../../core';
import type { ServiceContext } from './service-context';
import { accountNotFoundError } from '../contracts/store-errors';
import { refuseSuspended } from './lifecycle-errors';

/** Throws `unauthenticated` unless a viewer with a user id is given. */
export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer || typeof viewer.userId !== 'string' || viewer.userId.length === 0 || !Array.isArray(viewer.roles)) {
    throw new ProfileError('unauthenticated', 'Sign in first');
  }
  return viewer;
}

export function requireAdmin(ctx: ServiceContext, viewer: Viewer | null | undefined): Viewer {
  const known = requireViewer(viewer);
  if (!isAdmin(ctx.config, known)) throw new ProfileError('forbidden', 'Only administrators may do this');
  return known;
}

// Access depends only on the config, the viewer's roles and whether the account is their own:
// resolved once per such combination (frozen, shared), not on every request. The same map
// object then also finds its patch schema at once (createPatchSchema). Configs are immutable.
const accessCache = new WeakMap<ProfileConfig, Map<string, FieldAccessMap>>();

/** `resolveFieldAccess`, cached: a frozen map shared by every request with the same roles and self-ness. */
export function fieldAccess(config: ProfileConfig, viewer: Viewer, accountId: string): FieldAccessMap {
  const key = `${viewer.userId === accountId ? 'self' : 'other'}:${JSON.stringify(viewer.roles)}`;
  let byKey = accessCache.get(config);
  if (!byKey) accessCache.set(config, (byKey = new Map()));
  let access = byKey.get(key);
  if (!access) {
    if (byKey.size >= 256) byKey.clear();
    access = resolveFieldAccess(config, viewer, accountId);
    for (const entry of Object.values(access)) Object.freeze(entry);
    byKey.set(key, Object.freeze(access));
  }
  return access;
}

/**
 * For an action on other accounts (or an admin's creation): refuses a viewer whose own account
 * is suspended. A viewer without an account (the host acting as `system`) is not refused.
 */
export async function requireActiveActor(ctx: ServiceContext, viewer: Viewer): Promise<void> {
  const own = await ctx.store.getAccount(viewer.userId);
  if (own) refuseSuspended(own);
}

export interface LoadedAccount {
  viewer: Viewer;
  account: StoredAccount;
  access: FieldAccessMap;
}

/** Throws `not_found` for anything that cannot be an account id. */
export function requireAccountId(accountId: unknown): string {
  if (typeof accountId !== 'string' || accountId.length === 0 || accountId.length > 200) throw accountNotFoundError();
  return accountId;
}

/** The account, or `not_found`. */
export async function readAccount(ctx: ServiceContext, accountId: string): Promise<StoredAccount> {
  const account = await ctx.store.getAccount(accountId);
  if (!account) throw accountNotFoundError();
  return account;
}

/**
 * The account `accountId` as `viewer` may work on it: their own, or anyone's for an admin.
 * Throws `unauthenticated`, `forbidden` (someone else's, not an admin) or `not_found`, and
 * `account_suspended` when the viewer's account is suspended and this is a `write` on it, or
 * any action on another account.
 */
export async function loadAccount(
  ctx: ServiceContext,
  viewer: Viewer | null | undefined,
  accountId: unknown,
  { write = false }: { write?: boolean } = {},
): Promise<LoadedAccount> {
  const known = requireViewer(viewer);
  const id = requireAccountId(accountId);
  const self = known.userId === id;
  if (!self && !isAdmin(ctx.config, known)) {
    throw new ProfileError('forbidden', 'You may only open your own profile');
  }
  if (!self) await requireActiveActor(ctx, known);
  const account = await readAccount(ctx, id);
  if (self && write) refuseSuspended(account);
  return { viewer: known, account, access: fieldAccess(ctx.config, known, id) };
}
