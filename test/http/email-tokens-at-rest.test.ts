import pg from 'pg';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/stores';
import { createTestPostgresStore, databaseUrl, postgresAvailable } from '../support/postgres';
import { BASE, createTestApp, CSRF, PASSWORDS } from '../support/test-app';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-tokens-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Requests an email change over HTTP and returns the raw token from the mail. */
async function requestToken(t: Awaited<ReturnType<typeof createTestApp>>) {
  const response = await request(t.app)
    .post(`${BASE}/me/email`)
    .set(t.users.alice.auth)
    .set(CSRF)
    .send({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
  expect(response.status).toBe(200);
  const link = t.mailer.messages().find((m) => m.kind === 'email-verification')!.link!;
  return new URL(link).searchParams.get('token')!;
}

const withPostgres = await postgresAvailable();

describe('email tokens at rest', () => {
  it('SQLite: no raw token and no password anywhere in the database file', async () => {
    const filename = join(dir, 'tokens.db');
    const store = await createSqliteStore({ filename });
    const t = await createTestApp({ store });
    const token = await requestToken(t);
    const db = new Database(filename, { readonly: true });
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    const dump = tables.map(({ name }) => JSON.stringify(db.prepare(`select * from "${name}"`).all())).join('\n');
    db.close();
    await store.close();
    expect(dump).toContain('alice.new@example.com'); // the dump did read the token table
    expect(dump).not.toContain(token);
    for (const password of Object.values(PASSWORDS)) expect(dump).not.toContain(password);
  });

  it.skipIf(!withPostgres)('PostgreSQL: no raw token and no password in any table', async () => {
    const { store, schema, teardown } = await createTestPostgresStore();
    try {
      const t = await createTestApp({ store });
      const token = await requestToken(t);
      const client = new pg.Client({ connectionString: databaseUrl() });
      await client.connect();
      const { rows } = await client.query('select table_name from information_schema.tables where table_schema = $1', [schema]);
      let dump = '';
      for (const { table_name } of rows) {
        const result = await client.query(`select * from ${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table_name)}`);
        dump += JSON.stringify(result.rows);
      }
      await client.end();
      expect(dump).toContain('alice.new@example.com');
      expect(dump).not.toContain(token);
      for (const password of Object.values(PASSWORDS)) expect(dump).not.toContain(password);
    } finally {
      await teardown();
    }
  });
});
