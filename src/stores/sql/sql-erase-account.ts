import type { StoredAccount } from '../../core';
import type { AccountErasure } from '../../service';
import { toAccount, type Trx } from './sql-account-rows';
import { insertAuditEntry } from './sql-audit';
import type { SqlFlavor } from './sql-flavor';

/**
 * `ProfileStore.eraseAccount` inside the caller's transaction. The main row goes first, by a
 * DELETE whose WHERE holds the erasure's conditions: it takes the row's lock, so a concurrent
 * save either committed before (PostgreSQL re-checks the conditions on the row it left) or
 * finds the row gone; when the conditions fail nothing else is touched.
 */
export async function eraseAccountRows(trx: Trx, flavor: SqlFlavor, erasure: AccountErasure): Promise<StoredAccount | null> {
  const { id } = erasure;
  let removeMain = trx.deleteFrom('customers').where('account_id', '=', id).where('sort_key', '=', 'main');
  if (erasure.dueBy) removeMain = removeMain.where('purge_at', '<=', erasure.dueBy.toISOString());
  if (erasure.expectedVersion !== undefined) removeMain = removeMain.where('version', '=', erasure.expectedVersion);
  const main = await removeMain.returning(['seq', 'version', 'email', 'attributes']).executeTakeFirst();
  if (!main) return null;
  const data = await trx
    .deleteFrom('customers')
    .where('account_id', '=', id)
    .where('sort_key', '=', 'data')
    .returning('attributes')
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('email_tokens').where('account_id', '=', id).execute();
  if (erasure.throttleKeys.length > 0) await trx.deleteFrom('throttle_hits').where('key', 'in', [...erasure.throttleKeys]).execute();
  await flavor.eraseAuditValues(trx, id);
  await insertAuditEntry(trx, erasure.audit);
  return toAccount({ account_id: id, seq: main.seq, version: main.version, email: main.email, main: main.attributes, data: data.attributes });
}

/** `ProfileStore.findDueDeletions`: main rows whose `purge_at` has come, the earliest first. */
export async function findDueDeletionRows(db: Trx, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('customers')
    .select('account_id')
    .where('sort_key', '=', 'main')
    .where('purge_at', '<=', now.toISOString())
    .orderBy('purge_at')
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((row) => row.account_id);
}
