import { describe } from 'vitest';
import { createSqliteStore } from '../../src/stores';
import { runAdapterConformance } from '../../src/testing';
import { startHttpHarness } from '../support/test-app';
import { createTestPostgresStore, postgresAvailable } from '../support/postgres';

// The HTTP adapter through the real router on a real port, over each SQL store.
runAdapterConformance({
  name: 'HTTP adapter -> Express router -> SQLite',
  async setup(config) {
    const store = await createSqliteStore({ filename: ':memory:' });
    return startHttpHarness(config, store, { teardownStore: () => store.close() });
  },
});

if (await postgresAvailable()) {
  runAdapterConformance({
    name: 'HTTP adapter -> Express router -> PostgreSQL',
    async setup(config) {
      const { store, teardown } = await createTestPostgresStore();
      return startHttpHarness(config, store, { teardownStore: teardown });
    },
  });
} else {
  describe.skip('HTTP adapter -> Express router -> PostgreSQL (DATABASE_URL not set)', () => {});
}
