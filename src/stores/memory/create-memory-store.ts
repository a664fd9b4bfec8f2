import { ProfileError, type AuditEntry, type StoredAccount } from '../../core';
import {
  accountNotFoundError,
  decideThrottle,
  emailTakenError,
  erasedChanges,
  longestWindow,
  versionConflictError,
  type EmailTokenRecord,
  type ProfileStore,
} from '../../service';
import { copyPlain } from '../../core/domain/copy-plain';
import { decodeCursor, pageOf } from '../seq-cursor';

interface Row {
  seq: number;
  account: StoredAccount;
}

/**
 * A `ProfileStore` in memory: for tests, stories and the in-browser memory adapter. Every
 * method does its checks and writes without yielding, so each is atomic in one JavaScript realm;
 * it is not shared across processes (the throttles hold per process only).
 */
export function createMemoryStore(): ProfileStore {
  const accounts = new Map<string, Row>();
  const byEmail = new Map<string, string>();
  const audit: { seq: number; entry: AuditEntry }[] = [];
  const tokens = new Map<string, EmailTokenRecord>();
  const invitations = new Map<string, EmailTokenRecord>();
  const hits = new Map<string, { id: string; at: number }[]>();
  let seq = 0;
  let hitSeq = 0;

  /** Replaces the account's tokens in `map` (`undefined` leaves them, `null` only removes them). */
  function setTokens(map: Map<string, EmailTokenRecord>, accountId: string, token: EmailTokenRecord | null | undefined) {
    if (token === undefined) return;
    for (const [hash, record] of map) if (record.accountId === accountId) map.delete(hash);
    if (token) map.set(token.tokenHash, copyPlain(token));
  }

  /** Newest first, paged by sequence number, the entries `match` picks. */
  function auditPage(match: (entry: AuditEntry) => boolean, { cursor, limit }: { cursor?: string | null; limit: number }) {
    const before = decodeCursor(cursor) ?? Infinity;
    const rows = audit.filter((row) => row.seq < before && match(row.entry)).sort((a, b) => b.seq - a.seq);
    return pageOf(rows.slice(0, limit + 1), limit, (row) => copyPlain(row.entry), (row) => row.seq);
  }

  const purgeAtOf = (row: Row) => row.account.main.deletion?.purgeAt;

  return {
    async getAccount(id) {
      const row = accounts.get(id);
      return row ? copyPlain(row.account) : null;
    },

    async findAccountIdByEmail(email) {
      return byEmail.get(email) ?? null;
    },

    async insertAccount(account, entry, options = {}) {
      if (accounts.has(account.id)) throw new ProfileError('validation', 'Account id already exists');
      if (byEmail.has(account.main.email)) throw emailTakenError();
      accounts.set(account.id, { seq: ++seq, account: copyPlain({ ...account, version: 1 }) });
      byEmail.set(account.main.email, account.id);
      audit.push({ seq: ++seq, entry: copyPlain(entry) });
      setTokens(invitations, account.id, options.invitationToken);
    },

    async commitAccount(write) {
      const row = accounts.get(write.id);
      if (!row) throw accountNotFoundError();
      if (row.account.version !== write.expectedVersion) throw versionConflictError();
      const oldEmail = row.account.main.email;
      const newEmail = write.main.email;
      if (newEmail !== oldEmail) {
        const holder = byEmail.get(newEmail);
        if (holder !== undefined && holder !== write.id) throw emailTakenError();
      }
      row.account = copyPlain({ id: write.id, version: write.expectedVersion + 1, main: write.main, data: write.data });
      if (newEmail !== oldEmail) {
        byEmail.delete(oldEmail);
        byEmail.set(newEmail, write.id);
      }
      audit.push({ seq: ++seq, entry: copyPlain(write.audit) });
      setTokens(tokens, write.id, write.emailToken);
      setTokens(invitations, write.id, write.invitationToken);
      return copyPlain(row.account);
    },

    async listAccounts({ query, cursor, limit }) {
      const after = decodeCursor(cursor) ?? 0;
      const needle = query?.toLowerCase();
      const matches = [...accounts.values()]
        .filter((row) => row.seq > after)
        .filter(
          (row) =>
            !needle ||
            row.account.main.email.includes(needle) ||
            (row.account.data.name ?? '').toLowerCase().includes(needle),
        )
        .sort((a, b) => a.seq - b.seq);
      return pageOf(matches.slice(0, limit + 1), limit, (row) => copyPlain(row.account), (row) => row.seq);
    },

    listAudit: async (accountId, page) => auditPage((entry) => entry.targetId === accountId, page),
    listAuditByActor: async (actorId, page) => auditPage((entry) => entry.actorId === actorId, page),

    async appendAudit(entry) {
      audit.push({ seq: ++seq, entry: copyPlain(entry) });
    },

    async findEmailToken(tokenHash) {
      const record = tokens.get(tokenHash);
      return record ? copyPlain(record) : null;
    },

    async findInvitationToken(tokenHash) {
      const record = invitations.get(tokenHash);
      return record ? copyPlain(record) : null;
    },

    async findDueDeletions(now, limit) {
      const due = [...accounts.values()].filter((row) => {
        const purgeAt = purgeAtOf(row);
        return purgeAt !== undefined && Date.parse(purgeAt) <= now.getTime();
      });
      return due
        .sort((a, b) => Date.parse(purgeAtOf(a)!) - Date.parse(purgeAtOf(b)!) || a.seq - b.seq)
        .slice(0, limit)
        .map((row) => row.account.id);
    },

    async eraseAccount({ id, dueBy, expectedVersion, throttleKeys, audit: last }) {
      const row = accounts.get(id);
      if (!row) return null;
      const purgeAt = purgeAtOf(row);
      if (dueBy && (purgeAt === undefined || Date.parse(purgeAt) > dueBy.getTime())) return null;
      if (expectedVersion !== undefined && row.account.version !== expectedVersion) return null;
      accounts.delete(id);
      byEmail.delete(row.account.main.email);
      setTokens(tokens, id, null);
      setTokens(invitations, id, null);
      for (const key of throttleKeys) hits.delete(key);
      for (const entry of audit) if (entry.entry.targetId === id) entry.entry.changes = erasedChanges(entry.entry.changes);
      audit.push({ seq: ++seq, entry: copyPlain(last) });
      return row.account;
    },

    async takeThrottle(key, rules, now) {
      const at = now.getTime();
      const kept = (hits.get(key) ?? []).filter((hit) => hit.at > at - longestWindow(rules));
      const decision = decideThrottle(
        kept.map((hit) => hit.at),
        rules,
        at,
      );
      if (!decision.ok) {
        hits.set(key, kept);
        return decision;
      }
      const hitId = String(++hitSeq);
      kept.push({ id: hitId, at });
      hits.set(key, kept);
      return { ok: true, hitId };
    },

    async releaseThrottle(key, hitId) {
      const kept = hits.get(key);
      if (kept) hits.set(key, kept.filter((hit) => hit.id !== hitId));
    },
  };
}
