import type { EmailTokenRecord, ProfileStore } from '../../service';
import { expectCode, makeAccount, makeAudit, makeWrite } from './store-fixtures';
import { defaultTestApi } from '../runner/default-test-api';
import type { TestApi } from '../runner/test-api';
import { erasureStoreTests } from './erasure-store-tests';
import { lifecycleStoreTests } from './lifecycle-store-tests';

export interface StoreConformanceOptions {
  name: string;
  /** A fresh, empty store per test. */
  setup(): Promise<{ store: ProfileStore; teardown?: () => Promise<void> }>;
  /** The test functions to register with. Default: the running vitest's, else the runner's globals (Jest); see `TestApi`. */
  api?: TestApi;
}

const MINUTE = 60_000;

/**
 * Registers the `ProfileStore` conformance suite (with vitest or Jest): atomic compare-and-swap
 * saves, store-enforced email uniqueness, tokens, paging, throttles, and the account lifecycle
 * (audit-only entries, due erasures, conditional erasure with its audit scrub), including under
 * concurrency.
 */
export function runStoreConformance(options: StoreConformanceOptions): void {
  const api = options.api ?? defaultTestApi();
  const { describe, it, expect, beforeEach, afterEach } = api;
  describe(`ProfileStore conformance: ${options.name}`, () => {
    let store: ProfileStore;
    let teardown: (() => Promise<void>) | undefined;
    beforeEach(async () => {
      ({ store, teardown } = await options.setup());
    });
    afterEach(async () => {
      await teardown?.();
    });

    const insert = async (overrides: Parameters<typeof makeAccount>[0] = {}) => {
      const account = makeAccount(overrides);
      await store.insertAccount(account, makeAudit(account, 'account.create'));
      return account;
    };

    it('insertAccount - stores both records at version 1; getAccount reads them back', async () => {
      const account = await insert();
      expect(await store.getAccount(account.id)).toEqual(account);
      expect(await store.getAccount('missing')).toBeNull();
    });

    it('getAccount - returns a copy', async () => {
      const account = await insert();
      const read = (await store.getAccount(account.id))!;
      read.main.roles.push('admin');
      read.data.custom.height = 1;
      expect(await store.getAccount(account.id)).toEqual(account);
    });

    it('insertAccount - refuses a taken email with email_taken and writes nothing', async () => {
      const first = await insert({ email: 'same@example.com' });
      const second = makeAccount({ email: 'same@example.com' });
      await expectCode(store.insertAccount(second, makeAudit(second, 'account.create')), 'email_taken');
      expect(await store.getAccount(second.id)).toBeNull();
      expect((await store.listAudit(second.id, { limit: 10 })).items).toEqual([]);
      expect(await store.findAccountIdByEmail('same@example.com')).toBe(first.id);
    });

    it('findAccountIdByEmail - finds the holder of an address', async () => {
      const account = await insert({ email: 'find@example.com' });
      expect(await store.findAccountIdByEmail('find@example.com')).toBe(account.id);
      expect(await store.findAccountIdByEmail('nobody@example.com')).toBeNull();
    });

    it('commitAccount - saves both records, moves the version on by one, writes the audit entry', async () => {
      const account = await insert();
      const write = makeWrite(account);
      const saved = await store.commitAccount(write);
      expect(saved).toEqual({ id: account.id, version: 2, main: write.main, data: write.data });
      expect(await store.getAccount(account.id)).toEqual(saved);
      expect((await store.listAudit(account.id, { limit: 10 })).items[0]).toEqual(write.audit);
    });

    it('commitAccount - refuses a stale version with version_conflict and writes nothing', async () => {
      const account = await insert();
      await store.commitAccount(makeWrite(account));
      const current = await store.getAccount(account.id);
      await expectCode(store.commitAccount(makeWrite(account)), 'version_conflict');
      expect(await store.getAccount(account.id)).toEqual(current);
      expect((await store.listAudit(account.id, { limit: 10 })).items).toHaveLength(2);
    });

    it('commitAccount - answers not_found for a missing account', async () => {
      await expectCode(store.commitAccount(makeWrite(makeAccount())), 'not_found');
    });

    it('commitAccount - lets exactly one of 20 concurrent saves from one version win', async () => {
      const account = await insert();
      const writes = Array.from({ length: 20 }, () => makeWrite(account));
      const results = await Promise.allSettled(writes.map((w) => store.commitAccount(w)));
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'version_conflict' });
      const final = await store.getAccount(account.id);
      expect(final?.version).toBe(2);
      expect(final?.data).toEqual(writes[won[0]!]!.data);
      expect((await store.listAudit(account.id, { limit: 100 })).items).toHaveLength(2);
    });

    it('commitAccount - refuses an email another account holds, writing nothing', async () => {
      await insert({ email: 'taken@example.com' });
      const account = await insert();
      const write = makeWrite(account, { main: { ...account.main, email: 'taken@example.com' } });
      await expectCode(store.commitAccount(write), 'email_taken');
      expect(await store.getAccount(account.id)).toEqual(account);
      expect((await store.listAudit(account.id, { limit: 10 })).items).toHaveLength(1);
    });

    it('commitAccount - lets exactly one of 10 concurrent claims of one email win', async () => {
      const accounts = await Promise.all(Array.from({ length: 10 }, () => insert()));
      const results = await Promise.allSettled(
        accounts.map((a) => store.commitAccount(makeWrite(a, { main: { ...a.main, email: 'claim@example.com' } }))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'email_taken' });
      const holder = await store.findAccountIdByEmail('claim@example.com');
      expect(accounts.map((a) => a.id)).toContain(holder);
    });

    it('commitAccount - frees the old address when an account changes email', async () => {
      const account = await insert({ email: 'old@example.com' });
      await store.commitAccount(makeWrite(account, { main: { ...account.main, email: 'new@example.com' } }));
      expect(await store.findAccountIdByEmail('old@example.com')).toBeNull();
      expect(await store.findAccountIdByEmail('new@example.com')).toBe(account.id);
      await insert({ email: 'old@example.com' });
    });

    it('commitAccount - replaces, deletes or keeps email tokens with the save', async () => {
      const account = await insert();
      const token = (hash: string): EmailTokenRecord => ({
        tokenHash: hash,
        accountId: account.id,
        email: 'next@example.com',
        createdAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-02T00:00:00.000Z',
      });
      let current = await store.commitAccount(makeWrite(account, { emailToken: token('a'.repeat(64)) }));
      expect(await store.findEmailToken('a'.repeat(64))).toEqual(token('a'.repeat(64)));
      current = await store.commitAccount(makeWrite(current, { emailToken: token('b'.repeat(64)) }));
      expect(await store.findEmailToken('a'.repeat(64))).toBeNull();
      current = await store.commitAccount(makeWrite(current));
      expect(await store.findEmailToken('b'.repeat(64))).toEqual(token('b'.repeat(64)));
      await store.commitAccount(makeWrite(current, { emailToken: null }));
      expect(await store.findEmailToken('b'.repeat(64))).toBeNull();
    });

    it('commitAccount - a failed save leaves the tokens as they were', async () => {
      const account = await insert();
      const token: EmailTokenRecord = {
        tokenHash: 'c'.repeat(64),
        accountId: account.id,
        email: 'next@example.com',
        createdAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-02T00:00:00.000Z',
      };
      await expectCode(store.commitAccount(makeWrite({ ...account, version: 7 }, { emailToken: token })), 'version_conflict');
      expect(await store.findEmailToken(token.tokenHash)).toBeNull();
    });

    it('listAccounts - pages in creation order and filters by email or name, case-insensitively', async () => {
      const a = await insert({ email: 'anna@example.com', name: 'Anna Karenina' });
      const b = await insert({ email: 'boris@example.com', name: 'Boris Godunov' });
      const c = await insert({ email: 'carl@example.com', name: null });
      const first = await store.listAccounts({ limit: 2 });
      expect(first.items.map((x) => x.id)).toEqual([a.id, b.id]);
      const second = await store.listAccounts({ limit: 2, cursor: first.nextCursor });
      expect(second.items.map((x) => x.id)).toEqual([c.id]);
      expect(second.nextCursor).toBeNull();
      expect((await store.listAccounts({ limit: 10, query: 'godunov' })).items.map((x) => x.id)).toEqual([b.id]);
      expect((await store.listAccounts({ limit: 10, query: 'CARL@' })).items.map((x) => x.id)).toEqual([c.id]);
      expect((await store.listAccounts({ limit: 10, query: '%' })).items).toEqual([]);
      expect((await store.listAccounts({ limit: 10, query: '_' })).items).toEqual([]);
    });

    it('listAudit - pages an account’s entries newest first', async () => {
      const account = await insert();
      const other = await insert();
      let current = account;
      for (let i = 0; i < 4; i++) current = await store.commitAccount(makeWrite(current));
      await store.commitAccount(makeWrite(other));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<ProfileStore['listAudit']>> = await store.listAudit(account.id, { cursor, limit: 2 });
        seen.push(...page.items.map((e) => e.action));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['profile.update', 'profile.update', 'profile.update', 'profile.update', 'account.create']);
    });

    it('takeThrottle - allows up to the limit in the window, then says when to retry', async () => {
      const now = new Date('2026-01-01T00:00:00.000Z');
      const rules = [{ limit: 2, windowMs: MINUTE }];
      expect((await store.takeThrottle('k', rules, now)).ok).toBe(true);
      expect((await store.takeThrottle('k', rules, new Date(now.getTime() + 10_000))).ok).toBe(true);
      const refused = await store.takeThrottle('k', rules, new Date(now.getTime() + 20_000));
      expect(refused).toEqual({ ok: false, retryAt: new Date(now.getTime() + MINUTE).toISOString() });
      expect((await store.takeThrottle('other-key', rules, now)).ok).toBe(true);
      expect((await store.takeThrottle('k', rules, new Date(now.getTime() + MINUTE + 1))).ok).toBe(true);
    });

    it('takeThrottle - applies every rule; releaseThrottle gives a hit back', async () => {
      const t0 = Date.parse('2026-01-01T00:00:00.000Z');
      const rules = [
        { limit: 1, windowMs: MINUTE },
        { limit: 3, windowMs: 60 * MINUTE },
      ];
      for (let i = 0; i < 3; i++) expect((await store.takeThrottle('mail', rules, new Date(t0 + i * 2 * MINUTE))).ok).toBe(true);
      const refused = await store.takeThrottle('mail', rules, new Date(t0 + 10 * MINUTE));
      expect(refused).toEqual({ ok: false, retryAt: new Date(t0 + 60 * MINUTE).toISOString() });
      const taken = await store.takeThrottle('pw', [{ limit: 1, windowMs: MINUTE }], new Date(t0));
      if (!taken.ok) throw new Error('expected a slot');
      await store.releaseThrottle('pw', taken.hitId);
      expect((await store.takeThrottle('pw', [{ limit: 1, windowMs: MINUTE }], new Date(t0))).ok).toBe(true);
    });

    it('takeThrottle - hands out exactly the limit to concurrent takers', async () => {
      const now = new Date('2026-01-01T00:00:00.000Z');
      const results = await Promise.all(
        Array.from({ length: 12 }, () => store.takeThrottle('busy', [{ limit: 5, windowMs: MINUTE }], now)),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(5);
    });

    lifecycleStoreTests(api, () => store, insert);
    erasureStoreTests(api, () => store, insert);
  });
}
