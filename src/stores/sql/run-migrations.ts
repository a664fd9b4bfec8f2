import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { SqlFlavor } from './sql-flavor';
import { profileMigrations } from './migrations';

export interface RunMigrationsOptions {
  flavor: SqlFlavor['name'];
  /** PostgreSQL: the schema holding the tables and Kysely's migration tables (created if missing). */
  schema?: string;
  /** The migrations to apply. Default: `profileMigrations(flavor)` (tests inject others). */
  migrations?: Record<string, Migration>;
}

/**
 * Brings the database up to the latest migration; a no-op when it is there already. Safe to run
 * from several processes at once, and a failing migration leaves nothing of itself behind.
 * Throws the migration's error.
 */
export async function runMigrations(db: Kysely<any>, options: RunMigrationsOptions): Promise<void> {
  const migrations = options.migrations ?? profileMigrations(options.flavor);
  const provider = { getMigrations: async () => migrations };

  if (options.flavor === 'postgres') {
    // Kysely holds an advisory lock and runs the pending migrations in one transaction. The
    // migration tables go in our schema: without `migrationTableSchema` Kysely would take a
    // `kysely_migration` table in any other schema of the database for ours.
    const schema = options.schema;
    const migrator = new Migrator({
      db: schema ? db.withSchema(schema) : db,
      provider,
      ...(schema ? { migrationTableSchema: schema } : {}),
    });
    for (let attempt = 1; ; attempt++) {
      const { error } = await migrator.migrateToLatest();
      if (!error) return;
      // Kysely's introspection reads every schema of the database; one dropped meanwhile by
      // someone else fails the read with 3F000 (invalid_schema_name). Nothing was migrated: retry.
      if (attempt >= 3 || (error as { code?: unknown }).code !== '3F000') throw error;
    }
  }

  // Kysely's SQLite migrator takes no lock and opens no transaction. BEGIN IMMEDIATE takes the
  // write lock first, so a second process waits (busy_timeout), then finds nothing pending; and
  // SQLite's DDL is transactional, so a rollback removes whatever a failed migration created.
  await db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const { error } = await new Migrator({ db: conn, provider }).migrateToLatest();
      if (error) throw error;
      await sql`commit`.execute(conn);
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
