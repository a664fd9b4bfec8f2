import type { EmailTokenRecord } from '../contracts/profile-store';
import { randomBytes, sha256Hex, toBase64 } from './bytes';
import type { ServiceContext } from './service-context';

/** 256 random bits, URL-safe: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_PATTERN.test(token);
}

export const hashToken = sha256Hex;

/** A fresh verification token (to mail) and its record (to store: hash only). */
export async function createEmailToken(
  ctx: ServiceContext,
  accountId: string,
  email: string,
): Promise<{ token: string; record: EmailTokenRecord }> {
  const token = toBase64(randomBytes(32), true);
  const now = ctx.clock();
  return {
    token,
    record: {
      tokenHash: await hashToken(token),
      accountId,
      email,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ctx.emailTokenTtlMs).toISOString(),
    },
  };
}
