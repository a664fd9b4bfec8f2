import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/stores';
import { runStoreConformance } from '../../src/testing';

runStoreConformance({
  name: 'SQLite store (:memory:)',
  setup: async () => {
    const store = await createSqliteStore({ filename: ':memory:' });
    return { store, teardown: () => store.close() };
  },
});

// A file, so WAL and BEGIN IMMEDIATE run against a real journal.
runStoreConformance({
  name: 'SQLite store (file, WAL)',
  setup: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profilekit-sqlite-'));
    const store = await createSqliteStore({ filename: join(dir, 'profiles.db') });
    return {
      store,
      teardown: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});
