import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProfileStore } from '../../src/service';
import { createPostgresStore, createSqliteStore } from '../../src/stores';
import { profileMigrations } from '../../src/stores/sql/migrations';
import { runMigrations } from '../../src/stores/sql/run-migrations';
import { makeAccount, makeAudit, setDeletion, tokenOf } from '../../src/testing/store-conformance/store-fixtures';
import { databaseUrl, postgresAvailable, testSchemaName } from '../support/postgres';

// 0003 on a database that has data from before it: accounts read as active, pending email
// links keep working (their purpose defaults to email), and the new operations work at once.
const BEFORE_0003 = (flavor: 'sqlite' | 'postgres') =>
  Object.fromEntries(Object.entries(profileMigrations(flavor)).filter(([name]) => name < '0003'));


/** One account with a pending email link, written straight into tables at 0002. */
async function seedOldRows(db: Kysely<any>) {
  const account = makeAccount();
  const token = tokenOf(account, 'e');
  const { email, ...main } = account.main;
  await db
    .insertInto('customers')
    .values([
      { account_id: account.id, sort_key: 'main', seq: 1, version: 1, email, attributes: JSON.stringify(main) },
      { account_id: account.id, sort_key: 'data', attributes: JSON.stringify(account.data) },
    ])
    .execute();
  await db
    .insertInto('email_tokens')
    .values({ token_hash: token.tokenHash, account_id: account.id, email: token.email, created_at: token.createdAt, expires_at: token.expiresAt })
    .execute();
  return { account, token };
}

const withPostgres = await postgresAvailable();

describe('migration 0003 (account lifecycle) on data from before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profilekit-0003-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite', async () => {
    const file = join(dir, 'old.db');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    await runMigrations(db, { flavor: 'sqlite', migrations: BEFORE_0003('sqlite') });
    const { account, token } = await seedOldRows(db);
    await db.destroy();
    const store = await createSqliteStore({ filename: file });
    try {
      await expectUpgraded(store, account, token);
    } finally {
      await store.close();
    }
  });

  it.skipIf(!withPostgres)('PostgreSQL', async () => {
    const schema = testSchemaName();
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl(), max: 2 }) }) });
    await runMigrations(db, { flavor: 'postgres', schema, migrations: BEFORE_0003('postgres') });
    const { account, token } = await seedOldRows(db.withSchema(schema));
    await db.destroy();
    const store = await createPostgresStore({ connectionString: databaseUrl(), schema });
    try {
      await expectUpgraded(store, account, token);
    } finally {
      await store.close();
    }
  });
});

async function expectUpgraded(store: ProfileStore, account: ReturnType<typeof makeAccount>, token: ReturnType<typeof tokenOf>) {
  const read = (await store.getAccount(account.id))!;
  expect(read).toEqual(account);
  expect(read.main.suspension ?? null).toBeNull();
  expect(await store.findEmailToken(token.tokenHash)).toEqual(token);
  expect(await store.findInvitationToken(token.tokenHash)).toBeNull();
  const now = new Date('2026-06-01T00:00:00.000Z');
  expect(await store.findDueDeletions(now, 10)).toEqual([]);
  await setDeletion(store, read, new Date(now.getTime() - 1));
  expect(await store.findDueDeletions(now, 10)).toEqual([account.id]);
  expect(await store.eraseAccount({ id: account.id, dueBy: now, throttleKeys: [], audit: makeAudit(account, 'account.erased') })).not.toBeNull();
  expect(await store.findEmailToken(token.tokenHash)).toBeNull();
}
