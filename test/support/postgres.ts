import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPostgresStore } from '../../src/stores';

// PostgreSQL for tests: reads DATABASE_URL. Unset, or set but unreachable outside CI: the
// PostgreSQL tests skip with a notice. Set but unreachable in CI (CI=true): they fail.

let available: Promise<boolean> | undefined;

/** Whether the PostgreSQL tests can run (checked once per test file). Throws in CI when unreachable. */
export function postgresAvailable(): Promise<boolean> {
  available ??= checkPostgres();
  return available;
}

async function checkPostgres(): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.warn('DATABASE_URL not set: PostgreSQL store tests skipped');
    return false;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    const reason = `PostgreSQL at DATABASE_URL is unreachable (${error instanceof Error ? error.message : String(error)})`;
    if (process.env.CI === 'true') throw new Error(`${reason}; CI requires it`);
    console.warn(`${reason}: PostgreSQL store tests skipped`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The connection string (only once `postgresAvailable()` said yes). */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL not set');
  return url;
}

/** A name for a throwaway schema: `pk_test_<random>`. */
export function testSchemaName(): string {
  return `pk_test_${randomBytes(6).toString('hex')}`;
}

/**
 * Drops every test schema (`pk_test_*`). Run once before and once after the whole test run
 * (test/support/global-setup.ts), never while tests run: dropping a schema while another
 * worker's Kysely migrator introspects the catalog makes that migration fail.
 */
export async function dropAllTestSchemas(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>("select nspname from pg_namespace where nspname like 'pk\\_test\\_%'");
    for (const { nspname } of rows) await client.query(`drop schema if exists ${client.escapeIdentifier(nspname)} cascade`);
  } finally {
    await client.end();
  }
}

/** A PostgreSQL store on a fresh schema of its own; `teardown` closes it (the schema goes after the run). */
export async function createTestPostgresStore(): Promise<{
  store: Awaited<ReturnType<typeof createPostgresStore>>;
  schema: string;
  teardown: () => Promise<void>;
}> {
  const schema = testSchemaName();
  const store = await createPostgresStore({ connectionString: databaseUrl(), schema });
  return {
    store,
    schema,
    teardown: async () => {
      await store.close();
    },
  };
}
