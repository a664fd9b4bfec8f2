import type { Kysely } from 'kysely';
import { ProfileError } from '../../core';
import { emailTakenError, type ProfileStore } from '../../service';
import { accountRows, toAccount, type Trx } from './sql-account-rows';
import { listAccountRows } from './sql-account-search';
import { commitAccountRows, insertAccountRows } from './sql-account-writes';
import { insertAuditEntry, listAuditRows } from './sql-audit';
import { findTokenRow } from './sql-email-tokens';
import { eraseAccountRows, findDueDeletionRows } from './sql-erase-account';
import type { SqlFlavor } from './sql-flavor';
import type { Database } from './sql-schema';
import { takeThrottleHit } from './sql-throttle';

export interface SqlStoreOptions {
  /** A migrated database (see `runMigrations`), already scoped to its schema if any. */
  db: Kysely<Database>;
  flavor: SqlFlavor;
  /** Releases what the store holds; `close()` calls it. */
  destroy(): Promise<void>;
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

    async insertAccount(account, entry, options = {}) {
      await write(
        (trx) => insertAccountRows(trx, account, entry, options.invitationToken),
        () => new ProfileError('validation', 'Account id already exists'),
      );
    },

    commitAccount: (change) => write((trx) => commitAccountRows(trx, change)),
    listAccounts: (query) => listAccountRows(db, query),
    listAudit: (accountId, page) => listAuditRows(db, 'account_id', accountId, page),
    listAuditByActor: (actorId, page) => listAuditRows(db, 'actor_id', actorId, page),
    findEmailToken: (tokenHash) => findTokenRow(db, 'email', tokenHash),
    findInvitationToken: (tokenHash) => findTokenRow(db, 'invitation', tokenHash),
    findDueDeletions: (now, limit) => findDueDeletionRows(db, now, limit),
    eraseAccount: (erasure) => write((trx) => eraseAccountRows(trx, flavor, erasure)),

    async appendAudit(entry) {
      await insertAuditEntry(db, entry);
    },
    takeThrottle: (key, rules, now) => takeThrottleHit(db, flavor, key, rules, now),

    async releaseThrottle(key, hitId) {
      await db.deleteFrom('throttle_hits').where('key', '=', key).where('id', '=', hitId).execute();
    },

    close() {
      closed ??= destroy();
      return closed;
    },
  };
}
