import type { ProfilePatch } from '../schemas/parse-profile-patch';

/** The viewer's current password, asked again before a step that cannot be taken back lightly. */
export interface ReauthenticateInput {
  currentPassword: string;
}

/** What scheduling (or carrying out) an erasure answers. */
export interface DeletionResult {
  /** When the account is erased (ISO 8601): now plus the grace period, or now when `erased`. */
  purgeAt: string;
  /** `true` when the account is gone already (an admin's `immediate`, or a grace period of 0). */
  erased: boolean;
}

/** An admin's erasure of another account: say which, there is no default. */
export interface DeleteUserInput {
  /** `scheduled`: after the service's grace period (like the holder's own request); `immediate`: now. */
  mode: 'scheduled' | 'immediate';
}

export interface SuspendUserInput {
  /** Shown to the account holder (`GET /me`) and to admins. 1 to 500 characters. */
  reason: string;
}

/**
 * A new account, as an admin creates it (`POST /users`): the address, and profile fields as in
 * a patch. `invite: true` mails the address a set-password link; `password` sets one at once
 * (policy-checked); neither leaves the account without a password. `roles`, `activeApps`,
 * `billing`, `emailVerified` are the creator's to set.
 */
export type CreateUserInput = Omit<ProfilePatch, 'apiKeys'> & {
  email: string;
  /** Mails a single-use, expiring link (7 days by default) that lets the person choose a password. Default `false`. */
  invite?: boolean;
  password?: string;
  emailVerified?: boolean;
};

/** What the invitation link's page sends: the token from the link and the chosen password. */
export interface AcceptInvitationInput {
  token: string;
  password: string;
}
