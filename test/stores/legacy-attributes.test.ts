import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/stores';
import { makeAccount, makeAudit } from '../../src/testing/store-conformance/store-fixtures';

// Accounts stored before free attributes existed have no `attributes` in their data JSON.
describe('SQL store: data rows written before free attributes', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('reads a data row without attributes as {}', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pk-legacy-'));
    dirs.push(dir);
    const filename = join(dir, 'profiles.db');
    let store = await createSqliteStore({ filename });
    const account = makeAccount();
    await store.insertAccount(account, makeAudit(account, 'account.create'));
    await store.close();

    const db = new Database(filename);
    db.prepare(`update customers set attributes = json_remove(attributes, '$.attributes') where sort_key = 'data'`).run();
    const raw = db.prepare(`select attributes from customers where sort_key = 'data'`).get() as { attributes: string };
    expect(JSON.parse(raw.attributes)).not.toHaveProperty('attributes');
    db.close();

    store = await createSqliteStore({ filename });
    try {
      expect((await store.getAccount(account.id))?.data.attributes).toEqual({});
      expect((await store.listAccounts({ limit: 5 })).items[0]?.data.attributes).toEqual({});
    } finally {
      await store.close();
    }
  });
});
