import { ProfileError, type AuditEntry, type StoredAccount } from '../../core';
import {
  accountNotFoundError,
  decideThrottle,
  emailTakenError,
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
  const hits = new Map<string, { id: string; at: number }[]>();
  let seq = 0;
  let hitSeq = 0;

  function setTokens(accountId: string, token: EmailTokenRecord | null | undefined) {
    if (token === undefined) return;
    for (const [hash, record] of tokens) if (record.accountId === accountId) tokens.delete(hash);
    if (token) tokens.set(token.tokenHash, copyPlain(token));
  }

  return {
    async getAccount(id) {
      const row = accounts.get(id);
      return row ? copyPlain(row.account) : null;
    },

    async findAccountIdByEmail(email) {
      return byEmail.get(email) ?? null;
    },

    async insertAccount(account, entry) {
      if (accounts.has(account.id)) throw new ProfileError('validation', 'Account id already exists');
      if (byEmail.has(account.main.email)) throw emailTakenError();
      accounts.set(account.id, { seq: ++seq, account: copyPlain({ ...account, version: 1 }) });
      byEmail.set(account.main.email, account.id);
      audit.push({ seq: ++seq, entry: copyPlain(entry) });
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
      setTokens(write.id, write.emailToken);
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

    async listAudit(accountId, { cursor, limit }) {
      const before = decodeCursor(cursor) ?? Infinity;
      const matches = audit
        .filter((row) => row.entry.targetId === accountId && row.seq < before)
        .sort((a, b) => b.seq - a.seq);
      return pageOf(matches.slice(0, limit + 1), limit, (row) => copyPlain(row.entry), (row) => row.seq);
    },

    async findEmailToken(tokenHash) {
      const record = tokens.get(tokenHash);
      return record ? copyPlain(record) : null;
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
