import type { Kysely } from 'kysely';
import type { Database } from './sql-schema';

/** Which unique rule a failed write broke, as far as the stores care. */
export type UniqueViolation = 'email' | 'account' | null;

/**
 * What differs between the SQL dialects behind `createSqlStore`; the queries themselves do not.
 */
export interface SqlFlavor {
  name: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction that takes the write lock up front where the dialect needs it. */
  transaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Serialises `takeThrottle` on one key across connections (inside `transaction`). */
  lockThrottleKey(trx: Kysely<Database>, key: string): Promise<void>;
  /**
   * Inside `transaction`: replaces the values of every audit entry about `accountId` as
   * `erasedChanges` does (each change's before/after `[erased]`, redacted ones kept, free
   * attribute names `attributes.[erased]`), in SQL over the JSON column.
   */
  eraseAuditValues(trx: Kysely<Database>, accountId: string): Promise<void>;
  /** Maps a driver error to the unique rule it reports, or `null` for any other error. */
  uniqueViolation(error: unknown): UniqueViolation;
}
