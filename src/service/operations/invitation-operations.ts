import * as z from 'zod';
import { stringSchema, type Viewer } from '../../core';
import { findLiveToken, invalidLinkError } from '../support/email-token';
import { refuseSuspended } from '../support/lifecycle-errors';
import { parseInput } from '../support/parse-input';
import { refuseBreached } from '../support/refuse-breached';
import { retryOnConflict } from '../support/retry-on-conflict';
import { saveAccount } from '../support/save-account';
import type { ServiceContext } from '../support/service-context';
import { acceptablePassword, accountPasswordContext } from './change-password';

// `token` is read as anything: whatever it is, a token that will not do is the one `invalidLink`.
const acceptInput = z.strictObject({ token: z.unknown(), password: stringSchema.max(4096) });

/** The live invitation `token` names, with its account as it stands; `invalidLink` when either will not do. */
async function invitedAccount(ctx: ServiceContext, token: unknown) {
  const record = await findLiveToken(ctx, token, (hash) => ctx.store.findInvitationToken(hash));
  const account = record && (await ctx.store.getAccount(record.accountId));
  // An address changed since the invitation voids it (the link went to the old one), and so
  // does a password: an invitation sets the first one. That state check is what stops a second
  // acceptance that read the token before the first one consumed it.
  if (!record || !account || account.main.email !== record.email || account.main.passwordHash !== null) throw invalidLinkError();
  refuseSuspended(account);
  return account;
}

/**
 * Sets an invited account's password from its link (`POST /invitations/accept`) and marks the
 * address verified: the link proved it. The viewer plays no part (the token is the proof; the
 * audit's actor is the invited account). Single use: the token goes in the same save, and of
 * two concurrent acceptances the loser re-reads, finds it gone and hears `invalidLink`.
 */
export async function acceptInvitation(ctx: ServiceContext, _viewer: Viewer | null, input: unknown): Promise<{ email: string }> {
  const { token, password } = parseInput(acceptInput, input);
  const invited = await invitedAccount(ctx, token);
  const normalized = acceptablePassword(ctx.config, password, accountPasswordContext(invited), 'password');
  await refuseBreached(ctx, normalized, 'password');
  const passwordHash = await ctx.passwords.hash(normalized);
  const saved = await retryOnConflict(async () => {
    const account = await invitedAccount(ctx, token);
    if (account.id !== invited.id) throw invalidLinkError();
    return saveAccount(ctx, {
      actor: { userId: account.id },
      account,
      expectedVersion: account.version,
      action: 'invitation.accepted',
      main: { ...account.main, passwordHash, emailVerified: true },
      invitationToken: null,
    });
  });
  return { email: saved.main.email };
}
