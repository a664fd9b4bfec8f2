import { sql, type Expression, type SqlBool } from 'kysely';
import type { Page, StoredAccount } from '../../core';
import type { AccountQuery } from '../../service';
import { decodeCursor, pageOf } from '../seq-cursor';
import { accountRows, toAccount, type Trx } from './sql-account-rows';

/** `%needle%` for LIKE, with LIKE's own characters taken literally (escape character `\`). */
function containsPattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `ref LIKE pattern ESCAPE '\'` (SQLite has no default escape character). */
function likeEscaped(ref: Expression<unknown>, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${ref} like ${pattern} escape ${'\\'}`;
}

/** The accounts in creation order, matching `query` on the email or the name when given. */
export async function listAccountRows(db: Trx, { query, cursor, limit }: AccountQuery): Promise<Page<StoredAccount>> {
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
  return pageOf(rows, limit, toAccount, (row) => Number(row.seq));
}
