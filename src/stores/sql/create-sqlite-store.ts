import { Kysely, SqliteDialect } from 'kysely';
import type { ProfileStore } from '../../service';
import { createSqlStore } from './create-sql-store';
import { optionalPeerError } from '../optional-peer';
import { runMigrations } from './run-migrations';
import type { Database } from './sql-schema';
import { sqliteFlavor } from './sqlite-flavor';

export interface SqliteStoreOptions {
  /**
   * The database file, created if missing (its directory must exist), or `':memory:'` for a
   * private in-memory database that lives until `close()`.
   */
  filename: string;
}

/**
 * A `ProfileStore` in a SQLite file, through better-sqlite3 (an optional peer dependency: install
 * it to use this). Opens the file in WAL mode (readers do not wait for the writer) with a
 * 5-second busy timeout, and applies any pending migrations before it resolves, so several
 * processes may open the same file at once. Every write is one `BEGIN IMMEDIATE` transaction,
 * so saves, email uniqueness and throttles hold across processes sharing the file.
 *
 * Open one store per file in a process and share it: better-sqlite3 waits for a lock
 * synchronously, so a second store on the same file in the same process blocks the event loop
 * that the first needs to finish its transaction, and fails with "database is locked" after the
 * 5-second busy timeout. (Separate processes on one file are fine.)
 *
 * Call `close()` when done: it closes the database.
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<ProfileStore & { close(): Promise<void> }> {
  let Sqlite: typeof import('better-sqlite3');
  try {
    Sqlite = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'better-sqlite3')).default;
  } catch (error) {
    throw optionalPeerError('better-sqlite3', 'createSqliteStore', error);
  }

  const database = new Sqlite(options.filename);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    // The timeout first: switching to WAL needs a lock another process may hold.
    database.pragma('busy_timeout = 5000');
    if (!database.memory) database.pragma('journal_mode = WAL');
    await runMigrations(db, { flavor: 'sqlite' });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqlStore({ db, flavor: sqliteFlavor, destroy: () => db.destroy() });
}
