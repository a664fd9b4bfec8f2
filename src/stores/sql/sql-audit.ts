import type { AuditEntry, Page } from '../../core';
import { decodeCursor, pageOf } from '../seq-cursor';
import { fromJson, toJson, type Trx } from './sql-account-rows';

export function insertAuditEntry(trx: Trx, entry: AuditEntry) {
  return trx
    .insertInto('audit_entries')
    .values({
      id: entry.id,
      account_id: entry.targetId,
      actor_id: entry.actorId,
      action: entry.action,
      at: entry.at,
      changes: toJson(entry.changes),
    })
    .execute();
}

/** An account's audit entries, newest first. */
export async function listAuditRows(db: Trx, accountId: string, { cursor, limit }: { cursor?: string | null; limit: number }): Promise<Page<AuditEntry>> {
  const before = decodeCursor(cursor);
  let select = db
    .selectFrom('audit_entries')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('seq', 'desc')
    .limit(limit + 1);
  if (before !== null) select = select.where('seq', '<', before);
  const rows = await select.execute();
  return pageOf(
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
}
