import * as z from 'zod';
import { checkPassword, fieldIssue, issueFields, normalizePassword, passwordIssue, ProfileError, stringSchema, withIssue, type PasswordContext, type ProfileConfig, type StoredAccount, type Viewer } from '../../core';
import { passwordChangedMail } from '../mail/mail-messages';
import { loadAccount, requireViewer } from '../support/load-account';
import { parseInput } from '../support/parse-input';
import { refuseBreached } from '../support/refuse-breached';
import { retryOnConflict } from '../support/retry-on-conflict';
import { saveAccount } from '../support/save-account';
import { afterCommit, type ServiceContext } from '../support/service-context';
import { verifyCurrentPassword } from '../support/verify-current-password';

// Generous outer caps: the policy gives the real limits and the friendly messages.
const passwordInput = stringSchema.max(4096, withIssue('tooLong'));
const changePasswordInput = z.strictObject({ currentPassword: passwordInput, newPassword: passwordInput });

/** The policy check of a new password for an account, or a `validation` error on `field` (the problem's English message). */
export function acceptablePassword(config: ProfileConfig, password: string, context: PasswordContext, field: string): string {
  const check = checkPassword(password, config.password, context);
  if (!check.ok) throw new ProfileError('validation', check.message, issueFields({ [field]: passwordIssue(check.problem, check.params) }));
  return check.password;
}

/** The account's words a password must not contain. */
export function accountPasswordContext(account: StoredAccount): PasswordContext {
  return { email: account.main.email, names: [account.data.name, account.data.givenName, account.data.familyName] };
}

export async function changePassword(ctx: ServiceContext, viewer: Viewer | null, input: unknown): Promise<void> {
  const self = requireViewer(viewer);
  const { currentPassword, newPassword } = parseInput(changePasswordInput, input);
  const { account } = await loadAccount(ctx, self, self.userId, { write: true });
  const normalized = acceptablePassword(ctx.config, newPassword, accountPasswordContext(account), 'newPassword');
  await verifyCurrentPassword(ctx, account, currentPassword);
  if (normalized === normalizePassword(currentPassword)) {
    throw new ProfileError('validation', 'Choose a password you have not been using', issueFields({ newPassword: fieldIssue('sameAsCurrent') }));
  }
  await refuseBreached(ctx, normalized, 'newPassword');
  const passwordHash = await ctx.passwords.hash(normalized);
  const saved = await retryOnConflict(async () => {
    const fresh = (await ctx.store.getAccount(account.id)) ?? account;
    // A password change voids any pending email link: whoever held the old password may have asked for it.
    return saveAccount(ctx, {
      actor: self,
      account: fresh,
      expectedVersion: fresh.version,
      action: 'password.change',
      main: { ...fresh.main, passwordHash, pendingEmail: null },
      emailToken: null,
    });
  });
  const at = ctx.clock().toISOString();
  await afterCommit(ctx, 'password-changed mail', () => ctx.mailer.send(passwordChangedMail(saved.id, saved.main.email)));
  await afterCommit(ctx, 'onPasswordChanged', () => ctx.onPasswordChanged?.({ userId: saved.id, at }));
}
