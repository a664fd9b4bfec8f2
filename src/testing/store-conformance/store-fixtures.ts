import { isProfileError, type AuditEntry, type ProfileErrorCode, type StoredAccount } from '../../core';
import type { AccountWrite, EmailTokenRecord, ProfileStore } from '../../service';

/** Awaits `promise` and throws unless it rejected with a ProfileError of `code`. */
export async function expectCode(promise: Promise<unknown>, code: ProfileErrorCode) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isProfileError(error) || error.code !== code) throw new Error(`expected a ProfileError "${code}", got ${String(error)}`);
}

let counter = 0;

/** A valid stored account with both records (override any part). */
export function makeAccount(overrides: { id?: string; email?: string; name?: string | null } = {}): StoredAccount {
  counter++;
  return {
    id: overrides.id ?? `acct-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    version: 1,
    main: {
      email: overrides.email ?? `user${counter}@example.com`,
      emailVerified: false,
      pendingEmail: null,
      passwordHash: '$pbkdf2-sha256$i=1000$c2FsdA$aGFzaA',
      roles: [],
      activeApps: ['crm'],
      identities: [{ provider: 'github', subject: '42', linkedAt: '2026-01-01T00:00:00.000Z' }],
      billing: null,
      apiKeys: [],
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString(),
    },
    data: {
      name: overrides.name === undefined ? `User ${counter}` : overrides.name,
      givenName: 'User',
      familyName: String(counter),
      phone: null,
      company: null,
      picture: null,
      locale: 'en-GB',
      notifications: { email: { product: true } },
      custom: { height: 180, interests: ['yoga'] },
      attributes: { 'shoe.size': '42', team: 'blue' },
    },
  };
}

export function makeAudit(account: StoredAccount, action: AuditEntry['action'] = 'profile.update'): AuditEntry {
  counter++;
  return {
    id: `audit-${counter}`,
    at: new Date(Date.UTC(2026, 0, 2, 0, 0, counter)).toISOString(),
    actorId: account.id,
    targetId: account.id,
    action,
    changes: [{ field: 'company', before: null, after: `Co ${counter}` }],
  };
}

/** A write moving `account` on from its current version with a change of company. */
export function makeWrite(account: StoredAccount, change: Partial<AccountWrite> = {}): AccountWrite {
  return {
    id: account.id,
    expectedVersion: account.version,
    main: account.main,
    data: { ...account.data, company: `Co ${++counter}` },
    audit: makeAudit(account),
    ...change,
  };
}

export type Insert = (overrides?: Parameters<typeof makeAccount>[0]) => Promise<StoredAccount>;

/** A link token of `account`, told apart by `kind` (the stored hash is unique per account and kind). */
export const tokenOf = (account: StoredAccount, kind: string): EmailTokenRecord => ({
  tokenHash: `${kind}:${account.id}`.padEnd(64, kind),
  accountId: account.id,
  email: account.main.email,
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-01-08T00:00:00.000Z',
});

/** `account`'s next save scheduling its erasure for `purgeAt` (or cancelling it with `null`). */
export async function setDeletion(store: ProfileStore, account: StoredAccount, purgeAt: Date | null): Promise<StoredAccount> {
  const deletion = purgeAt && { purgeAt: purgeAt.toISOString(), requestedAt: '2026-03-01T12:00:00.000Z', by: account.id };
  return store.commitAccount(makeWrite(account, { main: { ...account.main, deletion }, data: account.data }));
}
