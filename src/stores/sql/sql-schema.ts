import type { ColumnType, Generated } from 'kysely';

// The tables as Kysely sees them, shared by SQLite and PostgreSQL. Column types are what the
// drivers return: pg reads BIGINT as a string and JSONB already parsed; better-sqlite3 reads
// INTEGER as a number and JSON (TEXT) as a string. JSON is always written as a string.

type BigIntColumn = ColumnType<number | string, number, number>;
type JsonColumn = ColumnType<unknown, string, string>;
export type TokenPurpose = 'email' | 'invitation';

/** One row per record of an account: sort key `main` (credentials, email, version) or `data`. */
export interface CustomersTable {
  account_id: string;
  sort_key: 'main' | 'data';
  /** Main row only: creation order, from `counters`. */
  seq: ColumnType<number | string | null, number | null, never>;
  /** Main row only. */
  version: ColumnType<number | null, number | null, number>;
  /** Main row only: the normalised address, unique among main rows. */
  email: string | null;
  /** Data row only: the display name lower-cased, for the admin search. */
  search_name: string | null;
  /** The record as JSON (the main record without `email`, which lives in its column). */
  attributes: JsonColumn;
  /** Main row only: `deletion.purgeAt` of the record while an erasure is scheduled (ISO 8601), else null. */
  purge_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Named counters; `customers` numbers accounts in creation order. */
export interface CountersTable {
  name: string;
  value: BigIntColumn;
}

export interface AuditEntriesTable {
  seq: Generated<number | string>;
  id: string;
  /** The entry's `targetId`. */
  account_id: string;
  actor_id: string;
  action: string;
  at: string;
  changes: JsonColumn;
}

export interface EmailTokensTable {
  token_hash: string;
  /** `email` (a verification link) or `invitation` (a set-password link). */
  purpose: ColumnType<TokenPurpose, TokenPurpose | undefined, TokenPurpose>;
  account_id: string;
  email: string;
  created_at: string;
  expires_at: string;
}

export interface ThrottleHitsTable {
  key: string;
  id: string;
  /** Epoch milliseconds. */
  at: BigIntColumn;
}

export interface Database {
  customers: CustomersTable;
  counters: CountersTable;
  audit_entries: AuditEntriesTable;
  email_tokens: EmailTokensTable;
  throttle_hits: ThrottleHitsTable;
}
