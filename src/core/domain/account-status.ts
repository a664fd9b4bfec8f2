/**
 * Where an account is in its lifecycle:
 * - `active`: the normal state;
 * - `suspended`: an admin suspended it (`Suspension`): the host's sign-in refuses it
 *   (`isActive`), and its own writes and actions get 403 `account_suspended` (it can still read
 *   its own profile, to learn why);
 * - `pending_deletion`: its erasure is scheduled (`ScheduledDeletion`): it still signs in and
 *   works, so that its holder can cancel, until the host's purge erases it at `purgeAt`.
 *
 * A suspended account may also have an erasure scheduled (an admin's): its status is then
 * `suspended` (what limits it now) and its `purgeAt` says when it goes.
 */
export type AccountStatus = 'active' | 'suspended' | 'pending_deletion';

export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['active', 'suspended', 'pending_deletion'];

/** Why and when an account was suspended, and by whom (an admin's user id). */
export interface Suspension {
  /** The admin's words, shown to the account holder and to admins. At most 500 characters. */
  reason: string;
  /** ISO 8601. */
  at: string;
  by: string;
}

/** An erasure on its way: asked for at `requestedAt` by `by` (the holder, or an admin), due at `purgeAt`. */
export interface ScheduledDeletion {
  /** ISO 8601: from then on the host's purge (`purgeDueAccounts`) erases the account. */
  purgeAt: string;
  requestedAt: string;
  by: string;
}

/** The account's status, from its `main` record (records written before lifecycle states existed are `active`). */
export function accountStatus(main: { suspension?: Suspension | null; deletion?: ScheduledDeletion | null }): AccountStatus {
  if (main.suspension) return 'suspended';
  return main.deletion ? 'pending_deletion' : 'active';
}

/**
 * Whether the host's sign-in should let this account in: `false` only while it is suspended.
 * An account pending deletion signs in (its holder may cancel the erasure); an erased account
 * no longer exists. Call it in your sign-in after checking the credentials:
 *
 * @example
 * const account = await store.getAccount(id);
 * if (!account || !passwordOk || !isActive(account)) return refuse();
 */
export function isActive(account: { main: { suspension?: Suspension | null } }): boolean {
  return !account.main.suspension;
}
