import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Kysely as KyselyType, type Migration } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresStore, createSqliteStore } from '../../src/stores';
import { profileMigrations } from '../../src/stores/sql/migrations';
import { runMigrations } from '../../src/stores/sql/run-migrations';
import { makeAccount, makeAudit } from '../../src/testing/store-conformance/store-fixtures';
import { databaseUrl, postgresAvailable, testSchemaName } from '../support/postgres';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const child = join(import.meta.dirname, 'fixtures/open-sqlite-store.ts');

/** Every migration's name, in the order they apply. */
const ALL = Object.keys(profileMigrations('sqlite')).sort();

/** The profile migrations plus one, named to apply after them all, that creates a table and then fails. */
function withBrokenMigration(flavor: 'sqlite' | 'postgres'): Record<string, Migration> {
  return {
    ...profileMigrations(flavor),
    '9999_broken': {
      async up(db: KyselyType<any>) {
        await db.schema.createTable('half_done').addColumn('id', 'text').execute();
        throw new Error('deliberate failure');
      },
    },
  };
}

describe('SQLite migrations', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'profilekit-migrate-'));
    file = join(dir, 'profiles.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const tables = (path: string) => {
    const database = new Database(path, { readonly: true });
    try {
      return (database.prepare(`select name from sqlite_master where type = 'table' order by name`).all() as { name: string }[]).map(
        (row) => row.name,
      );
    } finally {
      database.close();
    }
  };
  const executed = (path: string) => {
    const database = new Database(path, { readonly: true });
    try {
      return (database.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((row) => row.name);
    } finally {
      database.close();
    }
  };

  it('run twice on the same file: the second run finds nothing to do and keeps the data', async () => {
    const first = await createSqliteStore({ filename: file });
    const account = makeAccount();
    await first.insertAccount(account, makeAudit(account, 'account.create'));
    await first.close();

    const second = await createSqliteStore({ filename: file });
    expect(await second.getAccount(account.id)).toEqual(account);
    await second.close();
    expect(executed(file)).toEqual(ALL);

    const database = new Database(file);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    database.close();
  });

  it('three processes migrating one fresh file at once all succeed', async () => {
    const startAt = String(Date.now() + 2_000);
    const results = await Promise.all(
      [1, 2, 3].map(() => run(process.execPath, ['--import', 'tsx', child, file, startAt], { cwd: root, timeout: 30_000 })),
    );
    for (const result of results) expect(result.stdout).toContain('migrated');
    expect(executed(file)).toEqual(ALL);
    const store = await createSqliteStore({ filename: file });
    expect((await store.listAccounts({ limit: 10 })).items).toHaveLength(3);
    await store.close();
  }, 40_000);

  it('a failing migration on a fresh file leaves nothing behind', async () => {
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    await expect(runMigrations(db, { flavor: 'sqlite', migrations: withBrokenMigration('sqlite') })).rejects.toThrow('deliberate failure');
    await db.destroy();
    expect(tables(file)).toEqual([]);
  });

  it('a failing migration on a migrated file leaves it as it was', async () => {
    const store = await createSqliteStore({ filename: file });
    await store.close();
    const before = tables(file);

    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    await expect(runMigrations(db, { flavor: 'sqlite', migrations: withBrokenMigration('sqlite') })).rejects.toThrow('deliberate failure');
    await db.destroy();
    expect(tables(file)).toEqual(before);
    expect(before).not.toContain('half_done');
    expect(executed(file)).toEqual(ALL);
  });
});

const postgres = await postgresAvailable();

(postgres ? describe : describe.skip)('PostgreSQL migrations', () => {
  let schema: string;
  beforeEach(() => {
    schema = testSchemaName();
  });

  const query = async <T>(text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const tables = async () =>
    (await query<{ table_name: string }>('select table_name from information_schema.tables where table_schema = $1 order by 1', [schema])).map(
      (row) => row.table_name,
    );

  it('two stores migrating one fresh schema at once both succeed; a third finds nothing to do', async () => {
    const stores = await Promise.all([1, 2].map(() => createPostgresStore({ connectionString: databaseUrl(), schema })));
    const account = makeAccount();
    await stores[0]!.insertAccount(account, makeAudit(account, 'account.create'));
    expect(await stores[1]!.getAccount(account.id)).toEqual(account);
    await Promise.all(stores.map((store) => store.close()));

    const third = await createPostgresStore({ connectionString: databaseUrl(), schema });
    expect(await third.getAccount(account.id)).toEqual(account);
    await third.close();

    const rows = await query<{ name: string }>(`select name from ${pg.escapeIdentifier(schema)}.kysely_migration`);
    expect(rows.map((row) => row.name)).toEqual(ALL);
  });

  it('0002 upgrades a database at 0001: the audit history is keyed by account, its entries kept', async () => {
    const pool = new pg.Pool({ connectionString: databaseUrl() });
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    const initial = { '0001_initial': profileMigrations('postgres')['0001_initial']! };
    await runMigrations(db, { flavor: 'postgres', schema, migrations: initial });
    const audit = `${pg.escapeIdentifier(schema)}.audit_entries`;
    await query(`insert into ${audit} (id, account_id, actor_id, at, action, changes) values ('e1', 'a1', 'a1', '2026-01-01T00:00:00Z', 'account.create', '[]')`);
    await db.destroy();

    const store = await createPostgresStore({ connectionString: databaseUrl(), schema });
    expect((await store.listAudit('a1', { limit: 5 })).items.map((e) => e.id)).toEqual(['e1']);
    await store.close();
    const key = await query<{ column: string }>(
      `select a.attname as column from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
       where i.indrelid = $1::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`,
      [`${schema}.audit_entries`],
    );
    expect(key.map((k) => k.column)).toEqual(['account_id', 'seq']);
    const indexes = await query<{ indexname: string }>('select indexname from pg_indexes where schemaname = $1 and tablename = $2 order by 1', [
      schema,
      'audit_entries',
    ]);
    // The primary key orders an account's history; 0003 adds the by-actor index for exports.
    expect(indexes.map((i) => i.indexname)).toEqual(['audit_entries_actor_seq', 'audit_entries_pkey']);
  });

  it('without a schema option, migrates and uses the connection’s current schema', async () => {
    await query(`create schema ${pg.escapeIdentifier(schema)}`);
    const pool = new pg.Pool({ connectionString: databaseUrl(), options: `-c search_path=${schema}` });
    try {
      const store = await createPostgresStore({ pool });
      const account = makeAccount();
      await store.insertAccount(account, makeAudit(account, 'account.create'));
      await store.close();
      expect(await tables()).toContain('customers');
      const rows = await query<{ n: number }>(`select count(*)::int as n from ${pg.escapeIdentifier(schema)}.customers`);
      expect(rows).toEqual([{ n: 2 }]);
    } finally {
      await pool.end();
    }
  });

  it('a failing migration leaves nothing behind', async () => {
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl(), max: 2 }) }) });
    try {
      await expect(
        runMigrations(db, { flavor: 'postgres', schema, migrations: withBrokenMigration('postgres') }),
      ).rejects.toThrow('deliberate failure');
      // Kysely's bookkeeping tables (created before its transaction) may stay; none of ours do.
      expect((await tables()).filter((name) => !name.startsWith('kysely_'))).toEqual([]);
      expect(await sql`select count(*)::int as n from ${sql.table(`${schema}.kysely_migration`)}`.execute(db).then((r) => r.rows)).toEqual([
        { n: 0 },
      ]);
    } finally {
      await db.destroy();
    }
  });
});
