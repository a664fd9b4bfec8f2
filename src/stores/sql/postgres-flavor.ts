import { sql } from 'kysely';
import type { SqlFlavor } from './sql-flavor';
import { postgresUniqueViolation } from './sql-errors';

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

    uniqueViolation: postgresUniqueViolation,
  };
}
