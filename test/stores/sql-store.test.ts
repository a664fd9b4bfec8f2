import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/stores';
import { optionalPeerError } from '../../src/stores/optional-peer';
import { makeAccount, makeAudit } from '../../src/testing/store-conformance/store-fixtures';
import { createTestPostgresStore, postgresAvailable } from '../support/postgres';

// What the conformance suite leaves open, for both SQL stores.

const cases = [
  {
    name: 'SQLite',
    make: async () => {
      const store = await createSqliteStore({ filename: ':memory:' });
      return { store, teardown: () => store.close() };
    },
  },
];
if (await postgresAvailable()) cases.push({ name: 'PostgreSQL', make: createTestPostgresStore });

describe.each(cases)('SQL store specifics: $name', ({ make }) => {
  const withStore = (fn: (store: Awaited<ReturnType<typeof make>>['store']) => Promise<void>) => async () => {
    const { store, teardown } = await make();
    try {
      await fn(store);
    } finally {
      await teardown();
    }
  };
  const insert = async (store: Awaited<ReturnType<typeof make>>['store'], overrides: Parameters<typeof makeAccount>[0] = {}) => {
    const account = makeAccount(overrides);
    await store.insertAccount(account, makeAudit(account, 'account.create'));
    return account;
  };

  it(
    'refuses a malformed cursor with a validation error on the cursor field',
    withStore(async (store) => {
      for (const cursor of ['not base64!', btoa('-1'), btoa('1.5'), btoa('abc')]) {
        await expect(store.listAccounts({ limit: 5, cursor })).rejects.toMatchObject({
          code: 'validation',
          fields: { cursor: 'Invalid cursor' },
        });
        await expect(store.listAudit('x', { limit: 5, cursor })).rejects.toMatchObject({ code: 'validation' });
      }
    }),
  );

  it(
    'refuses a second account with the same id as a validation error, writing nothing',
    withStore(async (store) => {
      const first = await insert(store);
      const copy = makeAccount({ id: first.id });
      await expect(store.insertAccount(copy, makeAudit(copy, 'account.create'))).rejects.toMatchObject({ code: 'validation' });
      expect(await store.getAccount(first.id)).toEqual(first);
      expect(await store.findAccountIdByEmail(copy.main.email)).toBeNull();
    }),
  );

  it(
    'searches literally (LIKE characters and backslashes) and case-insensitively beyond ASCII',
    withStore(async (store) => {
      const percent = await insert(store, { name: '100% Émile' });
      const slash = await insert(store, { name: 'back\\slash' });
      const under = await insert(store, { email: 'under_score@example.com' });
      const ids = async (query: string) => (await store.listAccounts({ limit: 10, query })).items.map((a) => a.id);
      expect(await ids('%')).toEqual([percent.id]);
      expect(await ids('\\')).toEqual([slash.id]);
      expect(await ids('_')).toEqual([under.id]);
      expect(await ids('ÉMILE')).toEqual([percent.id]);
    }),
  );

  it(
    'lists accounts in insertion order, not by id or createdAt',
    withStore(async (store) => {
      const inserted = [];
      for (const id of ['e', 'd', 'c', 'b', 'a']) {
        const account = makeAccount({ id: `${id}-${Math.random()}` });
        account.main.createdAt = '2026-01-01T00:00:00.000Z';
        await store.insertAccount(account, makeAudit(account, 'account.create'));
        inserted.push(account);
      }
      expect((await store.listAccounts({ limit: 10 })).items.map((a) => a.id)).toEqual(inserted.map((a) => a.id));
    }),
  );
});

describe('optionalPeerError', () => {
  it('names the missing package and how to install it', () => {
    const missing = Object.assign(new Error("Cannot find package 'pg'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const error = optionalPeerError('pg', 'createPostgresStore', missing) as Error;
    expect(error.message).toContain('npm install pg');
    expect(error.cause).toBe(missing);
  });

  it('passes any other load failure through', () => {
    const broken = new Error('invalid ELF header');
    expect(optionalPeerError('better-sqlite3', 'createSqliteStore', broken)).toBe(broken);
  });
});
