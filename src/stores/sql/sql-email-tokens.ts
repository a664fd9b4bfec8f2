import type { EmailTokenRecord } from '../../service';
import type { Trx } from './sql-account-rows';
import type { TokenPurpose } from './sql-schema';

/** Replaces the account's token of `purpose` (a verification or an invitation link): `null` only removes it. */
export async function replaceToken(trx: Trx, purpose: TokenPurpose, accountId: string, token: EmailTokenRecord | null): Promise<void> {
  await trx.deleteFrom('email_tokens').where('account_id', '=', accountId).where('purpose', '=', purpose).execute();
  if (!token) return;
  await trx
    .insertInto('email_tokens')
    .values({
      token_hash: token.tokenHash,
      purpose,
      account_id: token.accountId,
      email: token.email,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
    })
    .execute();
}

export async function findTokenRow(db: Trx, purpose: TokenPurpose, tokenHash: string): Promise<EmailTokenRecord | null> {
  const row = await db.selectFrom('email_tokens').selectAll().where('token_hash', '=', tokenHash).where('purpose', '=', purpose).executeTakeFirst();
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    accountId: row.account_id,
    email: row.email,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}
