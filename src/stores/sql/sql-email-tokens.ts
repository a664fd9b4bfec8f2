import type { EmailTokenRecord } from '../../service';
import type { Trx } from './sql-account-rows';

/** Replaces the account's pending email token: `null` only removes it. */
export async function replaceEmailToken(trx: Trx, accountId: string, token: EmailTokenRecord | null): Promise<void> {
  await trx.deleteFrom('email_tokens').where('account_id', '=', accountId).execute();
  if (!token) return;
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

export async function findEmailTokenRow(db: Trx, tokenHash: string): Promise<EmailTokenRecord | null> {
  const row = await db.selectFrom('email_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    accountId: row.account_id,
    email: row.email,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}
