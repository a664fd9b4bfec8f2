import { isAdmin, ProfileError, resolveFieldAccess, type FieldAccessMap, type StoredAccount, type Viewer } from '../../core';
import type { ServiceContext } from './service-context';
import { accountNotFoundError } from '../contracts/store-errors';

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

export interface LoadedAccount {
  viewer: Viewer;
  account: StoredAccount;
  access: FieldAccessMap;
}

/**
 * The account `userId` as `viewer` may work on it: their own, or anyone's for an admin.
 * Throws `unauthenticated`, `forbidden` (someone else's, not an admin) or `not_found`.
 */
export async function loadAccount(ctx: ServiceContext, viewer: Viewer | null | undefined, userId: unknown): Promise<LoadedAccount> {
  const known = requireViewer(viewer);
  if (typeof userId !== 'string' || userId.length === 0 || userId.length > 200) {
    throw accountNotFoundError();
  }
  if (known.userId !== userId && !isAdmin(ctx.config, known)) {
    throw new ProfileError('forbidden', 'You may only open your own profile');
  }
  const account = await ctx.store.getAccount(userId);
  if (!account) throw accountNotFoundError();
  return { viewer: known, account, access: resolveFieldAccess(ctx.config, known, userId) };
}
