import { randomUUID } from 'node:crypto';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { ProfileError, type AuditEntry, type MainRecord, type StoredAccount } from '../../core';
import {
  accountNotFoundError,
  decideThrottle,
  emailTakenError,
  longestWindow,
  versionConflictError,
  type EmailTokenRecord,
  type ProfileStore,
} from '../../service';
import { decodeCursor, encodeCursor } from '../seq-cursor';
import type { SqlFlavor } from './sql-flavor';
import type { Database } from './sql-schema';

export interface SqlStoreOptions {
  /** A migrated database (see `runMigrations`), already scoped to its schema if any. */
  db: Kysely<Database>;
  flavor: SqlFlavor;
  /** Releases what the store holds; `close()` calls it. */
  destroy(): Promise<void>;
}

type Trx = Kysely<Database>;

const toJson = (value: unknown) => JSON.stringify(value);
/** pg hands JSONB back parsed; SQLite hands the TEXT back. */
const fromJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

function mainAttributes(main: MainRecord): Omit<MainRecord, 'email'> {
  const { email: _email, ...rest } = main;
  return rest;
}

const searchName = (name: string | null) => (name === null ? null : name.toLowerCase());

/** `%needle%` for LIKE, with LIKE's own characters taken literally (escape character `\`). */
function containsPattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `ref LIKE pattern ESCAPE '\'` (SQLite has no default escape character). */
function likeEscaped(ref: Expression<unknown>, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${ref} like ${pattern} escape ${'\\'}`;
}

/** Both rows of the accounts, joined: main `m`, data `d`. */
function accountRows(db: Trx) {
  return db
    .selectFrom('customers as m')
    .innerJoin('customers as d', (join) => join.onRef('d.account_id', '=', 'm.account_id').on('d.sort_key', '=', 'data'))
    .where('m.sort_key', '=', 'main')
    .select(['m.account_id', 'm.seq', 'm.version', 'm.email', 'm.attributes as main', 'd.attributes as data']);
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof accountRows>['executeTakeFirstOrThrow']>>;

function toAccount(row: AccountRow): StoredAccount {
  const data = fromJson(row.data) as Partial<StoredAccount['data']>;
  return {
    id: row.account_id,
    version: Number(row.version),
    main: { ...(fromJson(row.main) as Omit<MainRecord, 'email'>), email: row.email! },
    // Rows written before free attributes existed have none.
    data: { ...data, attributes: data.attributes ?? {} } as StoredAccount['data'],
  };
}

function auditRow(entry: AuditEntry) {
  return {
    id: entry.id,
    account_id: entry.targetId,
    actor_id: entry.actorId,
    action: entry.action,
    at: entry.at,
    changes: toJson(entry.changes),
  };
}

/**
 * The one `ProfileStore` over SQL, shared by `createSqliteStore` and `createPostgresStore`: the
 * queries are the same, `flavor` supplies the transaction, the throttle lock and the reading of
 * unique-violation errors.
 */
export function createSqlStore({ db, flavor, destroy }: SqlStoreOptions): ProfileStore & { close(): Promise<void> } {
  async function write<T>(fn: (trx: Trx) => Promise<T>, onAccountClash?: () => Error): Promise<T> {
    try {
      return await flavor.transaction(db, fn);
    } catch (error) {
      const violation = flavor.uniqueViolation(error);
      if (violation === 'email') throw emailTakenError();
      if (violation === 'account' && onAccountClash) throw onAccountClash();
      throw error;
    }
  }

  let closed: Promise<void> | undefined;

  return {
    async getAccount(id) {
      const row = await accountRows(db).where('m.account_id', '=', id).executeTakeFirst();
      return row ? toAccount(row) : null;
    },

    async findAccountIdByEmail(email) {
      const row = await db
        .selectFrom('customers')
        .select('account_id')
        .where('email', '=', email)
        .where('sort_key', '=', 'main')
        .executeTakeFirst();
      return row?.account_id ?? null;
    },

    async insertAccount(account, entry) {
      await write(
        async (trx) => {
          // A counter row updated in the transaction, not an identity column: the row lock
          // hands out seqs in commit order, so a cursor never skips a slower insert.
          const { value } = await trx
            .updateTable('counters')
            .set({ value: sql`${sql.ref('value')} + 1` })
            .where('name', '=', 'customers')
            .returning('value')
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('customers')
            .values([
              {
                account_id: account.id,
                sort_key: 'main',
                seq: Number(value),
                version: 1,
                email: account.main.email,
                search_name: null,
                attributes: toJson(mainAttributes(account.main)),
              },
              {
                account_id: account.id,
                sort_key: 'data',
                seq: null,
                version: null,
                email: null,
                search_name: searchName(account.data.name),
                attributes: toJson(account.data),
              },
            ])
            .execute();
          await trx.insertInto('audit_entries').values(auditRow(entry)).execute();
        },
        () => new ProfileError('validation', 'Account id already exists'),
      );
    },

    async commitAccount(change) {
      return write(async (trx) => {
        const updated = await trx
          .updateTable('customers')
          .set({
            attributes: toJson(mainAttributes(change.main)),
            version: sql`${sql.ref('version')} + 1`,
            email: change.main.email,
          })
          .where('account_id', '=', change.id)
          .where('sort_key', '=', 'main')
          .where('version', '=', change.expectedVersion)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) {
          // Only the diagnosis reads: the compare-and-swap above decided already.
          const exists = await trx
            .selectFrom('customers')
            .select('account_id')
            .where('account_id', '=', change.id)
            .where('sort_key', '=', 'main')
            .executeTakeFirst();
          throw exists ? versionConflictError() : accountNotFoundError();
        }
        await trx
          .updateTable('customers')
          .set({ attributes: toJson(change.data), search_name: searchName(change.data.name) })
          .where('account_id', '=', change.id)
          .where('sort_key', '=', 'data')
          .execute();
        await trx.insertInto('audit_entries').values(auditRow(change.audit)).execute();
        if (change.emailToken !== undefined) {
          await trx.deleteFrom('email_tokens').where('account_id', '=', change.id).execute();
          if (change.emailToken) {
            const token = change.emailToken;
            await trx
              .insertInto('email_tokens')
              .values({
                token_hash: token.tokenHash,
                account_id: token.accountId,
                email: token.email,
                created_at: token.createdAt,
                expires_at: token.expiresAt,
              })
              .execute();
          }
        }
        return structuredClone({ id: change.id, version: change.expectedVersion + 1, main: change.main, data: change.data });
      });
    },

    async listAccounts({ query, cursor, limit }) {
      const after = decodeCursor(cursor);
      let select = accountRows(db).orderBy('m.seq').limit(limit + 1);
      if (after !== null) select = select.where('m.seq', '>', after);
      if (query) {
        const pattern = containsPattern(query.toLowerCase());
        // Emails are stored lower-cased (normalised) and names in `search_name`, so a plain,
        // case-sensitive LIKE behaves alike in both dialects, for every script.
        select = select.where((eb) => eb.or([likeEscaped(eb.ref('m.email'), pattern), likeEscaped(eb.ref('d.search_name'), pattern)]));
      }
      const rows = await select.execute();
      return page(rows, limit, toAccount, (row) => Number(row.seq));
    },

    async listAudit(accountId, { cursor, limit }) {
      const before = decodeCursor(cursor);
      let select = db
        .selectFrom('audit_entries')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('seq', 'desc')
        .limit(limit + 1);
      if (before !== null) select = select.where('seq', '<', before);
      const rows = await select.execute();
      return page(
        rows,
        limit,
        (row): AuditEntry => ({
          id: row.id,
          at: row.at,
          actorId: row.actor_id,
          targetId: row.account_id,
          action: row.action as AuditEntry['action'],
          changes: fromJson(row.changes) as AuditEntry['changes'],
        }),
        (row) => Number(row.seq),
      );
    },

    async findEmailToken(tokenHash) {
      const row = await db.selectFrom('email_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      if (!row) return null;
      const record: EmailTokenRecord = {
        tokenHash: row.token_hash,
        accountId: row.account_id,
        email: row.email,
        expiresAt: row.expires_at,
        createdAt: row.created_at,
      };
      return record;
    },

    async takeThrottle(key, rules, now) {
      const at = now.getTime();
      return flavor.transaction(db, async (trx) => {
        await flavor.lockThrottleKey(trx, key);
        await trx
          .deleteFrom('throttle_hits')
          .where('key', '=', key)
          .where('at', '<=', at - longestWindow(rules))
          .execute();
        const hits = await trx.selectFrom('throttle_hits').select('at').where('key', '=', key).execute();
        const decision = decideThrottle(
          hits.map((hit) => Number(hit.at)),
          rules,
          at,
        );
        if (!decision.ok) return decision;
        const hitId = randomUUID();
        await trx.insertInto('throttle_hits').values({ key, id: hitId, at }).execute();
        return { ok: true as const, hitId };
      });
    },

    async releaseThrottle(key, hitId) {
      await db.deleteFrom('throttle_hits').where('key', '=', key).where('id', '=', hitId).execute();
    },

    close() {
      closed ??= destroy();
      return closed;
    },
  };
}

function page<R, T>(rows: R[], limit: number, item: (row: R) => T, seqOf: (row: R) => number) {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map(item),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(seqOf(last)) : null,
  };
}
