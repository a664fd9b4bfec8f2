import { sql } from 'kysely';
import type { SqlFlavor } from './sql-flavor';
import { sqliteUniqueViolation } from './sql-errors';
import { ERASED, ERASED_ATTRIBUTE } from './erased-values';

/** SQLite: Kysely's driver runs every query on one connection, one transaction at a time. */
export const sqliteFlavor: SqlFlavor = {
  name: 'sqlite',

  // Kysely's `transaction()` sends a deferred BEGIN. Against another process on the same file, a
  // deferred transaction that read and then writes fails with SQLITE_BUSY at once (busy_timeout
  // does not help a lock upgrade), so take the write lock at BEGIN instead.
  async transaction(db, fn) {
    return db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
  },

  // BEGIN IMMEDIATE already excludes every other writer, in this process and others.
  async lockThrottleKey() {},

  // json_each walks the array in order and json_group_array keeps it.
  async eraseAuditValues(trx, accountId) {
    const changes = sql<string>`(
      select json_group_array(json(case when json_extract(value, '$.redacted') then value else json_object(
        'field', case when json_extract(value, '$.field') like 'attributes.%' then ${ERASED_ATTRIBUTE} else json_extract(value, '$.field') end,
        'before', ${ERASED}, 'after', ${ERASED}) end))
      from json_each(changes))`;
    await trx.updateTable('audit_entries').set({ changes }).where('account_id', '=', accountId).execute();
  },

  uniqueViolation: sqliteUniqueViolation,
};
