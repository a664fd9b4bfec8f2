import { sql } from 'kysely';
import type { SqlFlavor } from './sql-flavor';
import { postgresUniqueViolation } from './sql-errors';
import { ERASED, ERASED_ATTRIBUTE } from './erased-values';

/**
 * PostgreSQL, on a pool: transactions at READ COMMITTED, where the compare-and-swap UPDATE
 * re-checks the version after waiting for a concurrent writer's row lock.
 * `lockNamespace` keeps two schemas' throttles on one key from waiting on each other.
 */
export function postgresFlavor(lockNamespace: string): SqlFlavor {
  return {
    name: 'postgres',

    transaction(db, fn) {
      return db.transaction().execute(fn);
    },

    // Two concurrent takes would each count the hits and both insert the last slot: a
    // transaction-scoped advisory lock on the key makes the second wait for the first's commit.
    async lockThrottleKey(trx, key) {
      await sql`select pg_advisory_xact_lock(hashtext(${`${lockNamespace}:${key}`}))`.execute(trx);
    },

    // Each change in its place (ordinality): a redacted one as it is, any other as its field
    // (a free attribute's name erased too) with both values `[erased]`.
    async eraseAuditValues(trx, accountId) {
      const changes = sql<string>`coalesce((
        select jsonb_agg(case when c->>'redacted' = 'true' then c else jsonb_build_object(
          'field', case when c->>'field' like 'attributes.%' then ${ERASED_ATTRIBUTE}::text else c->>'field' end,
          'before', ${ERASED}::text, 'after', ${ERASED}::text) end order by i)
        from jsonb_array_elements(changes) with ordinality as e(c, i)), '[]'::jsonb)`;
      await trx.updateTable('audit_entries').set({ changes }).where('account_id', '=', accountId).execute();
    },

    uniqueViolation: postgresUniqueViolation,
  };
}
