import { fieldIssue, issueFields, ProfileError, SERVER_ISSUE_MESSAGES } from '../../core';
import type { EmailTokenRecord } from '../contracts/profile-store';
import { randomBytes, sha256Hex, toBase64 } from './bytes';
import type { ServiceContext } from './service-context';

/** 256 random bits, URL-safe: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_PATTERN.test(token);
}

export const hashToken = sha256Hex;

/** A link's token that will not do (unknown, used, expired, superseded, tampered): `validation` on `token`. */
export const invalidLinkError = () =>
  new ProfileError('validation', SERVER_ISSUE_MESSAGES.invalidLink, issueFields({ token: fieldIssue('invalidLink') }));

/**
 * The stored record of a link's token, or `null` when the token is malformed, unknown (used,
 * superseded, forged) or expired: every case the same `invalidLink` for the caller.
 */
export async function findLiveToken(
  ctx: ServiceContext,
  token: unknown,
  find: (tokenHash: string) => Promise<EmailTokenRecord | null>,
): Promise<EmailTokenRecord | null> {
  if (!isWellFormedToken(token)) return null;
  const record = await find(await hashToken(token));
  return record && Date.parse(record.expiresAt) > ctx.clock().getTime() ? record : null;
}

/**
 * A fresh link token (to mail) and its record (to store: hash only), valid for `ttlMs` (default
 * the verification links' `emailTokenTtlMs`; invitations pass theirs).
 */
export async function createEmailToken(
  ctx: ServiceContext,
  accountId: string,
  email: string,
  ttlMs: number = ctx.emailTokenTtlMs,
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
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    },
  };
}
