import * as z from 'zod';
import { emailSchema, fieldIssue, issueFields, ProfileError, stringSchema, type Profile, type Viewer } from '../../core';
import { applyVerifiedEmail, assertEmailAvailable, startEmailVerification } from '../support/email-change';
import { findLiveToken, invalidLinkError } from '../support/email-token';
import { refuseSuspended } from '../support/lifecycle-errors';
import { loadAccount, requireAdmin, requireViewer } from '../support/load-account';
import { parseInput } from '../support/parse-input';
import { projectProfile } from '../support/project-profile';
import { retryOnConflict } from '../support/retry-on-conflict';
import { saveAccount } from '../support/save-account';
import type { ServiceContext } from '../support/service-context';
import { verifyCurrentPassword } from '../support/verify-current-password';
import { basedOn } from '../support/expected-version';

const requestInput = z.strictObject({ email: emailSchema, currentPassword: stringSchema.max(4096) });
const setInput = z.strictObject({ email: emailSchema, verified: z.boolean().optional() });

function requireEmailFlow(editable: boolean | undefined): void {
  if (!editable) {
    throw new ProfileError('forbidden_field', 'You may not change the email address', issueFields({ email: fieldIssue('mayNotChange') }));
  }
}

export async function requestEmailChange(
  ctx: ServiceContext,
  viewer: Viewer | null,
  input: unknown,
  version?: unknown,
): Promise<Profile> {
  const self = requireViewer(viewer);
  const { account, access } = await loadAccount(ctx, self, self.userId, { write: true });
  requireEmailFlow(access.email?.editable);
  const { email, currentPassword } = parseInput(requestInput, input);
  const expectedVersion = basedOn(version, account.version);
  await verifyCurrentPassword(ctx, account, currentPassword);
  await assertEmailAvailable(ctx, account, email);
  const saved = await startEmailVerification(ctx, { actor: self, account, email, expectedVersion });
  return projectProfile(ctx.config, saved, access);
}

export async function cancelEmailChange(ctx: ServiceContext, viewer: Viewer | null, version?: unknown): Promise<Profile> {
  const self = requireViewer(viewer);
  const { account, access } = await loadAccount(ctx, self, self.userId, { write: true });
  const expectedVersion = basedOn(version, account.version);
  if (account.main.pendingEmail === null) return projectProfile(ctx.config, account, access);
  const saved = await saveAccount(ctx, {
    actor: self,
    account,
    expectedVersion,
    action: 'email.cancel',
    main: { ...account.main, pendingEmail: null },
    emailToken: null,
  });
  return projectProfile(ctx.config, saved, access);
}

/**
 * Consumes a verification token. Anyone holding the link may confirm (it proves the mailbox),
 * but a signed-in viewer may not confirm another account's token.
 */
export async function confirmEmailChange(ctx: ServiceContext, viewer: Viewer | null, token: unknown): Promise<{ email: string }> {
  // Retried reads see a concurrent confirmation's effect: the token is gone, so the loser gets "invalid".
  const saved = await retryOnConflict(async () => {
    const record = await findLiveToken(ctx, token, (hash) => ctx.store.findEmailToken(hash));
    if (!record || (viewer && viewer.userId !== record.accountId)) throw invalidLinkError();
    const account = await ctx.store.getAccount(record.accountId);
    if (!account || account.main.pendingEmail !== record.email) throw invalidLinkError();
    refuseSuspended(account);
    return applyVerifiedEmail(ctx, {
      actor: viewer ?? { userId: account.id },
      account,
      email: record.email,
      expectedVersion: account.version,
      action: 'email.confirm',
    });
  });
  return { email: saved.main.email };
}

/** Admin: set an account's email, verified at once or pending with a link. */
export async function setUserEmail(
  ctx: ServiceContext,
  viewer: Viewer | null,
  accountId: string,
  input: unknown,
  version?: unknown,
): Promise<Profile> {
  const admin = requireAdmin(ctx, viewer);
  if (admin.userId === accountId) {
    throw new ProfileError('forbidden', 'Change your own email through the email change flow (it asks for your password)');
  }
  const { account, access } = await loadAccount(ctx, admin, accountId);
  requireEmailFlow(access.email?.editable);
  const { email, verified } = parseInput(setInput, input);
  const expectedVersion = basedOn(version, account.version);
  await assertEmailAvailable(ctx, account, email);
  const saved = verified
    ? await applyVerifiedEmail(ctx, { actor: admin, account, email, expectedVersion, action: 'email.set' })
    : await startEmailVerification(ctx, { actor: admin, account, email, expectedVersion });
  return projectProfile(ctx.config, saved, access);
}
