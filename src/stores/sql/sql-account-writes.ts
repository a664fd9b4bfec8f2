import { sql } from 'kysely';
import type { AuditEntry, StoredAccount } from '../../core';
import { accountNotFoundError, versionConflictError, type AccountWrite, type InvitationTokenRecord } from '../../service';
import { mainAttributes, searchName, toJson, type Trx } from './sql-account-rows';
import { insertAuditEntry } from './sql-audit';
import { replaceToken } from './sql-email-tokens';

/** The main row's `purge_at`: the scheduled erasure's time, if any. */
const purgeAtOf = (main: StoredAccount['main']) => main.deletion?.purgeAt ?? null;

/** Both rows of a new account, its audit entry and invitation token, inside the caller's transaction. */
export async function insertAccountRows(trx: Trx, account: StoredAccount, entry: AuditEntry, invitation?: InvitationTokenRecord): Promise<void> {
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
        purge_at: purgeAtOf(account.main),
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
  await insertAuditEntry(trx, entry);
  if (invitation) await replaceToken(trx, 'invitation', account.id, invitation);
}

/**
 * `ProfileStore.commitAccount` inside the caller's transaction: a compare-and-swap on the main
 * row's version, then the data row, the audit entry and the email token.
 */
export async function commitAccountRows(trx: Trx, change: AccountWrite): Promise<StoredAccount> {
  const updated = await trx
    .updateTable('customers')
    .set({
      attributes: toJson(mainAttributes(change.main)),
      version: sql`${sql.ref('version')} + 1`,
      email: change.main.email,
      purge_at: purgeAtOf(change.main),
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
  await insertAuditEntry(trx, change.audit);
  if (change.emailToken !== undefined) await replaceToken(trx, 'email', change.id, change.emailToken);
  if (change.invitationToken !== undefined) await replaceToken(trx, 'invitation', change.id, change.invitationToken);
  return structuredClone({ id: change.id, version: change.expectedVersion + 1, main: change.main, data: change.data });
}
