import { Kysely, PostgresDialect, sql, type PostgresPool } from 'kysely';
import type { ProfileStore } from '../../service';
import { createSqlStore } from './create-sql-store';
import { optionalPeerError } from '../optional-peer';
import { postgresFlavor } from './postgres-flavor';
import { runMigrations } from './run-migrations';
import type { Database } from './sql-schema';

/**
 * What the store needs of a pool of your own: `connect()`, as a pg `Pool` has it. Spelled out
 * structurally (Kysely's `PostgresPool` contract without `end`) rather than as pg's `Pool`, so
 * that `profilekit/server`'s types never import pg's: an app without PostgreSQL type-checks
 * without pg or @types/pg installed.
 */
export type PostgresPoolLike = Pick<PostgresPool, 'connect'>;

export interface PostgresStoreOptions {
  /**
   * A pool of your own (a pg `Pool`). The store borrows connections from it and leaves the pool
   * open on `close()`; it never changes a connection's session settings (such as `search_path`).
   */
  pool?: PostgresPoolLike;
  /** Used when no `pool` is given: the store opens its own pool, and ends it on `close()`. */
  connectionString?: string;
  /**
   * The schema for the store's tables (and its migration bookkeeping), created if missing.
   * Default: the connection's current schema (the first existing one on `search_path`, usually
   * `public`).
   */
  schema?: string;
}

/**
 * A `ProfileStore` in PostgreSQL, through pg (an optional peer dependency: install it to use
 * this). Give it a `pool` or a `connectionString` (with neither, pg reads the `PG*` environment
 * variables). Applies any pending migrations before it resolves; several processes may start
 * at once (Kysely serialises them with an advisory lock).
 *
 * Call `close()` when done: it ends the pool the store opened, never one you passed.
 */
export async function createPostgresStore(options: PostgresStoreOptions = {}): Promise<ProfileStore & { close(): Promise<void> }> {
  let pg: typeof import('pg').default;
  try {
    pg = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'pg')).default;
  } catch (error) {
    throw optionalPeerError('pg', 'createPostgresStore', error);
  }

  const given = options.pool;
  let pool: PostgresPool;
  if (given) {
    // Kysely ends its pool on destroy(): hand it one whose end() leaves the caller's open.
    pool = { connect: () => given.connect(), end: async () => undefined };
  } else {
    const own = new pg.Pool({ connectionString: options.connectionString });
    // An idle connection that dies (a server restart) is an 'error' event, which would crash
    // the process unheard; the pool drops that connection and the next query opens another.
    own.on('error', () => undefined);
    pool = own;
  }

  const root = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const schema = options.schema ?? (await currentSchema(root));
    // Table names are qualified with the schema in every query (rather than a search_path set
    // on each connection), which also works on a pool that is not ours.
    const db = root.withSchema(schema);
    await runMigrations(root, { flavor: 'postgres', schema });
    return createSqlStore({ db, flavor: postgresFlavor(schema), destroy: () => root.destroy() });
  } catch (error) {
    await root.destroy();
    throw error;
  }
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('createPostgresStore: no schema on search_path exists; pass `schema`');
  return schema;
}
