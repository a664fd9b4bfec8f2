import type { AuditChange, AuditEntry, FieldAccessMap, StoredAccount } from '../../core';
import { maskApiKey } from './project-profile';

/** Flat field -> value map of what an audit entry may record: no secrets, API keys masked. */
function auditSnapshot(account: StoredAccount | null): Map<string, unknown> {
  const snapshot = new Map<string, unknown>();
  if (!account) return snapshot;
  const { main, data } = account;
  const plain: Record<string, unknown> = {
    email: main.email,
    emailVerified: main.emailVerified,
    pendingEmail: main.pendingEmail,
    name: data.name,
    givenName: data.givenName,
    familyName: data.familyName,
    phone: data.phone,
    company: data.company,
    picture: data.picture,
    locale: data.locale,
    roles: main.roles,
    activeApps: main.activeApps,
    identities: main.identities,
    billing: main.billing,
    apiKeys: main.apiKeys.map(maskApiKey),
  };
  for (const [field, value] of Object.entries(plain)) snapshot.set(field, value);
  for (const [channel, topics] of Object.entries(data.notifications)) {
    for (const [topic, on] of Object.entries(topics)) snapshot.set(`notifications.${channel}.${topic}`, on);
  }
  for (const [key, value] of Object.entries(data.custom)) snapshot.set(`custom.${key}`, value);
  return snapshot;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changed fields between two states, each with before/after; a password change is recorded
 * as changed only. `before` null means a new account.
 */
export function diffAccounts(before: StoredAccount | null, after: StoredAccount): AuditChange[] {
  const a = auditSnapshot(before);
  const b = auditSnapshot(after);
  const changes: AuditChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const was = a.get(field) ?? null;
    const now = b.get(field) ?? null;
    if (!same(was, now)) changes.push({ field, before: structuredClone(was), after: structuredClone(now) });
  }
  if ((before?.main.passwordHash ?? null) !== after.main.passwordHash) {
    changes.push({ field: 'password', redacted: true });
  }
  return changes;
}

/** The field an audit change belongs to, for access checks (`notifications.email.x` -> `notifications`). */
function accessKey(field: string): string {
  return field.startsWith('notifications.') ? 'notifications' : field;
}

/** An audit entry as this viewer may read it: values of fields they cannot see are withheld. */
export function filterAuditEntry(entry: AuditEntry, access: FieldAccessMap): AuditEntry {
  return {
    ...entry,
    changes: entry.changes.map((change) =>
      change.redacted || access[accessKey(change.field)]?.visible ? change : { field: change.field, redacted: true },
    ),
  };
}
