import type { Kysely } from 'kysely';
import type { MainRecord, StoredAccount } from '../../core';
import type { Database } from './sql-schema';

export type Trx = Kysely<Database>;

export const toJson = (value: unknown) => JSON.stringify(value);
/** pg hands JSONB back parsed; SQLite hands the TEXT back. */
export const fromJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** The main record as its row's JSON keeps it: without `email`, which lives in its column. */
export function mainAttributes(main: MainRecord): Omit<MainRecord, 'email'> {
  const { email: _email, ...rest } = main;
  return rest;
}

export const searchName = (name: string | null) => (name === null ? null : name.toLowerCase());

/** Both rows of the accounts, joined: main `m`, data `d`. */
export function accountRows(db: Trx) {
  return db
    .selectFrom('customers as m')
    .innerJoin('customers as d', (join) => join.onRef('d.account_id', '=', 'm.account_id').on('d.sort_key', '=', 'data'))
    .where('m.sort_key', '=', 'main')
    .select(['m.account_id', 'm.seq', 'm.version', 'm.email', 'm.attributes as main', 'd.attributes as data']);
}

export type AccountRow = Awaited<ReturnType<ReturnType<typeof accountRows>['executeTakeFirstOrThrow']>>;

export function toAccount(row: AccountRow): StoredAccount {
  const data = fromJson(row.data) as Partial<StoredAccount['data']>;
  return {
    id: row.account_id,
    version: Number(row.version),
    main: { ...(fromJson(row.main) as Omit<MainRecord, 'email'>), email: row.email! },
    // Rows written before free attributes existed have none.
    data: { ...data, attributes: data.attributes ?? {} } as StoredAccount['data'],
  };
}
