import { accountStatus, isEmptyValue, resolveNotifications, type AuditChange, type AuditEntry, type FieldAccessMap, type ProfileConfig, type StoredAccount } from '../../core';
import { copyPlain } from '../../core/domain/copy-plain';
import { plainFieldValues } from './project-profile';

/**
 * Flat field -> value map of what an audit entry may record: no secrets, API keys masked.
 * Notifications are the effective values (a topic's default where the user made no choice),
 * as the user saw them and as `shouldNotify` decides: switching off a topic that is on by
 * default is "Yes -> No", not "Not set -> No". A new account (`null`) starts at the defaults.
 */
function auditSnapshot(account: StoredAccount | null, config: Pick<ProfileConfig, 'notifications'>): Map<string, unknown> {
  const snapshot = new Map<string, unknown>();
  for (const [channel, topics] of Object.entries(resolveNotifications(config.notifications, account?.data.notifications))) {
    for (const [topic, on] of Object.entries(topics)) snapshot.set(`notifications.${channel}.${topic}`, on);
  }
  if (!account) return snapshot;
  const { data } = account;
  for (const [field, value] of Object.entries(plainFieldValues(account))) snapshot.set(field, value);
  for (const [key, value] of Object.entries(data.custom)) snapshot.set(`custom.${key}`, value);
  for (const [key, value] of Object.entries(data.attributes ?? {})) snapshot.set(`attributes.${key}`, value);
  snapshot.set('status', accountStatus(account.main));
  snapshot.set('purgeAt', account.main.deletion?.purgeAt ?? null);
  snapshot.set('suspensionReason', account.main.suspension?.reason ?? null);
  return snapshot;
}

// Key order does not make a change (PostgreSQL's JSONB, for one, stores keys in its own order).
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
      : value;
// The same value (a primitive, or an object a save left untouched) is the same; only others need the canonical form.
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * The changed fields between two states, each with before/after; a password change is recorded
 * as changed only. `before` null means a new account. A notification choice that leaves the
 * effective value as it was (setting a default-off topic to off) is no change.
 */
export function diffAccounts(before: StoredAccount | null, after: StoredAccount, config: Pick<ProfileConfig, 'notifications'>): AuditChange[] {
  const a = auditSnapshot(before, config);
  const b = auditSnapshot(after, config);
  const changes: AuditChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const was = a.get(field) ?? null;
    const now = b.get(field) ?? null;
    // A new account records what it was created with, not every field it starts without.
    if (before === null && (isEmptyValue(now) || field === 'status')) continue;
    if (!same(was, now)) changes.push({ field, before: copyPlain(was), after: copyPlain(now) });
  }
  if ((before?.main.passwordHash ?? null) !== after.main.passwordHash) {
    changes.push({ field: 'password', redacted: true });
  }
  return changes;
}

/** The lifecycle state's audit fields: whoever may read the trail (an admin) sees them, as on the profile. */
const LIFECYCLE_FIELDS = new Set(['status', 'purgeAt', 'suspensionReason']);

/**
 * The field an audit change belongs to, for access checks (`notifications.email.x` ->
 * `notifications`, `attributes.color` -> `attributes`); `null` for a lifecycle field, always shown.
 */
function accessKey(field: string): string | null {
  if (LIFECYCLE_FIELDS.has(field)) return null;
  if (field.startsWith('notifications.')) return 'notifications';
  if (field.startsWith('attributes.')) return 'attributes';
  return field;
}

/** An audit entry as this viewer may read it: values of fields they cannot see are withheld. */
export function filterAuditEntry(entry: AuditEntry, access: FieldAccessMap): AuditEntry {
  return {
    ...entry,
    changes: entry.changes.map((change) => {
      const key = accessKey(change.field);
      return change.redacted || key === null || access[key]?.visible ? change : { field: change.field, redacted: true };
    }),
  };
}
