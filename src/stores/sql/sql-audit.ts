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

/** The audit entries about an account (`account_id`, its target) or by one (`actor_id`), newest first. */
export async function listAuditRows(
  db: Trx,
  by: 'account_id' | 'actor_id',
  id: string,
  { cursor, limit }: { cursor?: string | null; limit: number },
): Promise<Page<AuditEntry>> {
  const before = decodeCursor(cursor);
  let select = db
    .selectFrom('audit_entries')
    .selectAll()
    .where(by, '=', id)
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
