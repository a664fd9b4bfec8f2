import { fieldIssue, issueFields, ProfileError, type StoredAccount, type Viewer } from '../../core';
import { emailTakenError } from '../contracts/store-errors';
import { emailChangedMail, emailChangeRequestedMail, verificationMail } from '../mail/mail-messages';
import { createEmailToken } from './email-token';
import { saveAccount } from './save-account';
import { afterCommit, type ServiceContext } from './service-context';
import { takeThrottle } from './throttle';
import { verificationMailKey } from './throttle-keys';

interface EmailChange {
  actor: Viewer | { userId: string };
  account: StoredAccount;
  /** Normalised. */
  email: string;
  expectedVersion: number;
}

/** Refuses the account's own address and one another account holds (a friendly early check; the store's unique index decides). */
export async function assertEmailAvailable(ctx: ServiceContext, account: StoredAccount, email: string): Promise<void> {
  if (email === account.main.email) {
    throw new ProfileError('validation', 'That is already the account email', issueFields({ email: fieldIssue('alreadyAccountEmail') }));
  }
  const holder = await ctx.store.findAccountIdByEmail(email);
  if (holder !== null && holder !== account.id) throw emailTakenError();
}


/**
 * Puts `email` pending with a fresh link (voiding any older one), mails the link to the new
 * address and a notice to the current one. Throttled per account: 1 a minute, 10 an hour.
 */
export async function startEmailVerification(ctx: ServiceContext, change: EmailChange): Promise<StoredAccount> {
  const { account, email } = change;
  const throttleKey = verificationMailKey(account.id);
  const hitId = await takeThrottle(ctx, throttleKey, ctx.throttles.verificationMail, 'Too many verification mails; try again later');
  const { token, record } = await createEmailToken(ctx, account.id, email);
  let saved: StoredAccount;
  try {
    saved = await saveAccount(ctx, {
      actor: change.actor,
      account,
      expectedVersion: change.expectedVersion,
      action: 'email.request',
      main: { ...account.main, pendingEmail: email },
      emailToken: record,
    });
  } catch (error) {
    await ctx.store.releaseThrottle(throttleKey, hitId); // no mail went out
    throw error;
  }
  const hours = Math.round(ctx.emailTokenTtlMs / 3_600_000);
  await afterCommit(ctx, 'verification mail', () => ctx.mailer.send(verificationMail(account.id, email, ctx.verificationUrl(token), hours)));
  await afterCommit(ctx, 'email-change notice', () => ctx.mailer.send(emailChangeRequestedMail(account.id, account.main.email, email)));
  return saved;
}

/** Makes `email` the verified account email at once, voids pending links, notifies the old address. */
export async function applyVerifiedEmail(
  ctx: ServiceContext,
  change: EmailChange & { action: 'email.confirm' | 'email.set' },
): Promise<StoredAccount> {
  const { account, email } = change;
  const saved = await saveAccount(ctx, {
    actor: change.actor,
    account,
    expectedVersion: change.expectedVersion,
    action: change.action,
    main: { ...account.main, email, emailVerified: true, pendingEmail: null },
    emailToken: null,
  });
  const previousEmail = account.main.email;
  const at = ctx.clock().toISOString();
  await afterCommit(ctx, 'email-changed notice', () => ctx.mailer.send(emailChangedMail(account.id, previousEmail, email)));
  await afterCommit(ctx, 'onEmailChanged', () => ctx.onEmailChanged?.({ userId: account.id, previousEmail, email, at }));
  return saved;
}
