import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ProfileStore } from '../../src/service';
import { createMemoryStore, createSqliteStore } from '../../src/stores';
import { createTestPostgresStore, postgresAvailable } from './postgres';
import { createTestApp, listen, type TestApp } from './test-app';

export interface StoreCase {
  name: string;
  make(): Promise<{ store: ProfileStore; teardown(): Promise<void> }>;
}

/**
 * The stores a race test runs on: memory, a SQLite file (WAL, so transactions meet a real
 * journal) and PostgreSQL when DATABASE_URL reaches one. Call at the top of a test file.
 */
export async function raceStores(prefix: string): Promise<StoreCase[]> {
  const dir = mkdtempSync(join(tmpdir(), `profilekit-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let files = 0;
  const cases: StoreCase[] = [
    { name: 'memory', make: async () => ({ store: createMemoryStore(), teardown: async () => {} }) },
    {
      name: 'SQLite (file, WAL)',
      make: async () => {
        const store = await createSqliteStore({ filename: join(dir, `${prefix}-${++files}.db`) });
        return { store, teardown: () => store.close() };
      },
    },
  ];
  if (await postgresAvailable()) cases.push({ name: 'PostgreSQL', make: createTestPostgresStore });
  return cases;
}

/**
 * Inside a describe of `raceStores`' cases: a test app over the case's store, listening on a
 * real port for the whole describe (`live.t`, `live.url`), closed after it.
 */
export function useRaceApp(make: StoreCase['make']): { t: TestApp; url: string } {
  const live = {} as { t: TestApp; url: string };
  let close: () => Promise<void> = async () => {};
  let teardown: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const made = await make();
    teardown = made.teardown;
    live.t = await createTestApp({ store: made.store });
    const server = await listen(live.t.app);
    live.url = server.url;
    close = server.close;
  });
  afterAll(async () => {
    await close();
    await teardown();
  });
  return live;
}
