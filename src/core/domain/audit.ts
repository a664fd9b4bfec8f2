export type AuditAction =
  | 'account.create'
  | 'profile.update'
  | 'email.request'
  | 'email.cancel'
  | 'email.confirm'
  | 'email.set'
  | 'password.change';

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

/** Exactly one per successful save, written in the same transaction as the change. */
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
