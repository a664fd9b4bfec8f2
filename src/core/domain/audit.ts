export type AuditAction =
  | 'account.create'
  | 'profile.update'
  | 'email.request'
  | 'email.cancel'
  | 'email.confirm'
  | 'email.set'
  | 'password.change'
  /** Someone read the account's export (`GET /me/export`, `GET /users/:id/export`); no changes, the version stays. */
  | 'account.exported'
  | 'account.deletion_scheduled'
  | 'account.deletion_cancelled'
  | 'account.suspended'
  | 'account.reactivated'
  /** An admin created the account with a set-password invitation (instead of `account.create`). */
  | 'account.invited'
  | 'invitation.accepted'
  /**
   * The last entry of an erased account: no changes, only who erased it (the admin, the holder
   * with a zero grace period, or `system` for the purge) and when. Every earlier entry of the
   * account then holds `[erased]` for each value.
   */
  | 'account.erased';

/**
 * One changed field. Secrets never appear: a password change is recorded as
 * `{ field: 'password', redacted: true }` with no before/after, API keys in their masked form.
 */
export interface AuditChange {
  /** Built-in name or `custom.<key>`. */
  field: string;
  before?: unknown;
  after?: unknown;
  redacted?: true;
}

/**
 * Exactly one per successful save (and per lifecycle step: export, deletion, suspension,
 * invitation, erasure), written in the same transaction as the change.
 */
export interface AuditEntry {
  id: string;
  /** ISO 8601 time of the save. */
  at: string;
  /** Who saved: the viewer's user id (or the id a host app uses for itself, e.g. `system`). */
  actorId: string;
  /** Whose account changed. */
  targetId: string;
  action: AuditAction;
  changes: AuditChange[];
}
