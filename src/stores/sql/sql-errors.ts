import type { UniqueViolation } from './sql-flavor';

/** The unique index on `customers.email` (main rows); its name is what PostgreSQL reports. */
export const EMAIL_INDEX = 'customers_email_unique';
/** The primary key of `customers`. */
export const CUSTOMERS_PRIMARY_KEY = 'customers_pk';

/**
 * better-sqlite3 reports a unique failure by column, not by index name:
 * `UNIQUE constraint failed: customers.email` (the email index) or
 * `UNIQUE constraint failed: customers.account_id, customers.sort_key` (the primary key).
 */
export function sqliteUniqueViolation(error: unknown): UniqueViolation {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE' && code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return null;
  if (typeof message !== 'string') return null;
  if (/\bcustomers\.email\b/.test(message)) return 'email';
  if (/\bcustomers\.account_id\b/.test(message)) return 'account';
  return null;
}

/** pg reports SQLSTATE 23505 with the index or constraint name in `constraint`. */
export function postgresUniqueViolation(error: unknown): UniqueViolation {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  if (code !== '23505') return null;
  if (constraint === EMAIL_INDEX) return 'email';
  if (constraint === CUSTOMERS_PRIMARY_KEY) return 'account';
  return null;
}
