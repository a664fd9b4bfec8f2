import pg from 'pg';
import { describe } from 'vitest';
import { createPostgresStore } from '../../src/stores';
import { runStoreConformance } from '../../src/testing';
import { createTestPostgresStore, databaseUrl, postgresAvailable, testSchemaName } from '../support/postgres';

const available = await postgresAvailable();

(available ? describe : describe.skip)('PostgreSQL store', () => {
  runStoreConformance({ name: 'PostgreSQL store (own pool)', setup: createTestPostgresStore });

  // A caller's pool: the store must leave it open, and its connections' settings alone.
  runStoreConformance({
    name: 'PostgreSQL store (given pool)',
    setup: async () => {
      const pool = new pg.Pool({ connectionString: databaseUrl(), max: 4 });
      const schema = testSchemaName();
      const store = await createPostgresStore({ pool, schema });
      return {
        store,
        teardown: async () => {
          await store.close();
          await pool.query('select 1'); // still open
          await pool.end();
        },
      };
    },
  });
});
