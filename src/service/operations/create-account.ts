import * as z from 'zod';
import {
  emailSchema,
  fieldIssue,
  identitySchema,
  isAdmin,
  issueFields,
  LIMITS,
  mayCreateAccounts,
  parseProfilePatch,
  ProfileError,
  resolveFieldAccess,
  stringSchema,
  type Profile,
  type StoredAccount,
  type Viewer,
} from '../../core';
import { invitationMail } from '../mail/mail-messages';
import { createEmailToken } from '../support/email-token';
import { requireActiveActor, requireViewer } from '../support/load-account';
import { patchRecords } from '../support/patch-records';
import { diffAccounts } from '../support/audit-changes';
import { parseInput } from '../support/parse-input';
import { projectProfile } from '../support/project-profile';
import { afterCommit, type ServiceContext } from '../support/service-context';
import { refuseBreached } from '../support/refuse-breached';
import { acceptablePassword } from './change-password';

const accountInput = z.looseObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Letters, digits, _ and - only (max 64)').optional(),
  email: emailSchema,
  password: stringSchema.max(4096).optional(),
  emailVerified: z.boolean().optional(),
  identities: z.array(identitySchema).max(LIMITS.identities).optional(),
  invite: z.boolean().optional(),
});

/** Keys only an admin (or the host app seeding as one) may set at creation. */
const PRIVILEGED = ['id', 'emailVerified', 'identities', 'roles', 'activeApps', 'billing'] as const;

/** Refuses `invite` where it cannot go out: a sign-up (no creator), a password given too, no invitation link configured. */
function checkInvite(ctx: ServiceContext, viewer: Viewer | null, password: string | undefined): void {
  const refuse = (code: 'forbidden_field' | 'validation', message: string, issue: Parameters<typeof fieldIssue>[0]) => {
    throw new ProfileError(code, message, issueFields({ invite: fieldIssue(issue) }));
  };
  if (viewer === null) refuse('forbidden_field', 'Only an account creator may send invitations', 'mayNotChange');
  if (password !== undefined) refuse('validation', 'Invite, or set a password, not both', 'inviteOrPassword');
  if (!ctx.invitationUrl) refuse('forbidden_field', 'This server sends no invitations (no invitationUrl)', 'invitationsOff');
}

/**
 * Creates an account: for the host app's sign-up (`viewer` null: the new user is the actor) and
 * for seeding or admin creation (a viewer the config's `lifecycle.create` lets create accounts,
 * e.g. `{ userId: 'system', roles: ['admin'] }`; `forbidden` for any other, `account_suspended`
 * for a suspended one). Input: `email`, optional `password` (policy-checked and hashed like any
 * change) or `invite: true` (a set-password link mailed, recorded as `account.invited`), and
 * profile fields as in a patch; `id` (importing accounts that already have ids), `emailVerified`,
 * `identities`, `roles`, `activeApps`, `billing` need an admin. Throws `email_taken`, `validation`, `forbidden_field`.
 */
export async function createAccount(ctx: ServiceContext, viewer: Viewer | null, input: unknown): Promise<Profile> {
  if (viewer !== null) {
    if (!mayCreateAccounts(ctx.config, requireViewer(viewer))) throw new ProfileError('forbidden', 'You may not create accounts');
    await requireActiveActor(ctx, viewer);
  }
  const { id: givenId, email, password, emailVerified, identities, invite, ...profileFields } = parseInput(accountInput, input);
  if (invite) checkInvite(ctx, viewer, password);
  const id = givenId ?? ctx.ids();
  const admin = viewer !== null && isAdmin(ctx.config, viewer);
  const privileged = PRIVILEGED.filter((key) => key in (input as object));
  if (!admin && privileged.length > 0) {
    throw new ProfileError('forbidden_field', `Only administrators may set: ${privileged.join(', ')}`, {
      fields: Object.fromEntries(privileged.map((key) => [key, 'You may not set this field'])),
    });
  }
  // Validate the profile fields as the creator could patch them on the new account.
  const creator = viewer ?? { userId: id, roles: [] };
  const access = resolveFieldAccess(ctx.config, creator, id);
  const patch = parseProfilePatch(ctx.config, access, profileFields);
  const blank: StoredAccount = {
    id,
    version: 1,
    main: {
      email,
      emailVerified: emailVerified ?? false,
      pendingEmail: null,
      passwordHash: null,
      roles: [],
      activeApps: [],
      identities: identities ?? [],
      billing: null,
      apiKeys: [],
      createdAt: ctx.clock().toISOString(),
    },
    data: {
      name: null,
      givenName: null,
      familyName: null,
      phone: null,
      company: null,
      picture: null,
      locale: null,
      notifications: {},
      custom: {},
      attributes: {},
    },
  };
  const { main, data } = patchRecords(blank, patch, ctx.config);
  if (password !== undefined) {
    const normalized = acceptablePassword(ctx.config, password, { email, names: [data.name, data.givenName, data.familyName] }, 'password');
    await refuseBreached(ctx, normalized, 'password');
    main.passwordHash = await ctx.passwords.hash(normalized);
  }
  const account: StoredAccount = { ...blank, main, data };
  const invitation = invite ? await createEmailToken(ctx, id, email, ctx.invitationTokenTtlMs) : null;
  const audit = { id: ctx.ids(), at: main.createdAt, actorId: creator.userId, targetId: id, changes: diffAccounts(null, account, ctx.config) };
  if (invitation) {
    await ctx.store.insertAccount(account, { ...audit, action: 'account.invited' }, { invitationToken: invitation.record });
    const link = ctx.invitationUrl!(invitation.token);
    await afterCommit(ctx, 'invitation mail', () => ctx.mailer.send(invitationMail(id, email, link, ctx.invitationTokenTtlMs)));
  } else {
    await ctx.store.insertAccount(account, { ...audit, action: 'account.create' });
  }
  return projectProfile(ctx.config, account, resolveFieldAccess(ctx.config, creator, id));
}
