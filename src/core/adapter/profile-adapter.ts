import type { ViewerConfig } from '../config/viewer-config';
import type { AccountExport } from '../domain/account-export';
import type { AuditEntry } from '../domain/audit';
import type { Page, PageRequest } from '../domain/page';
import type { ProfilePatch } from '../schemas/parse-profile-patch';
import type { AccountSummary, Profile } from '../schemas/profile-schema';
import type {
  AcceptInvitationInput,
  CreateUserInput,
  DeleteUserInput,
  DeletionResult,
  ReauthenticateInput,
  SuspendUserInput,
} from './lifecycle-inputs';

export type * from './lifecycle-inputs';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface RequestEmailChangeInput {
  /** The new address; normalised by the backend. */
  email: string;
  currentPassword: string;
}

export interface SetUserEmailInput {
  email: string;
  /** `true`: applies at once as verified, no mail to the new address. Default `false`: pending, verification mail sent. */
  verified?: boolean;
}

export interface ListUsersRequest extends PageRequest {
  /** Case-insensitive match on email or name; all accounts when empty. */
  query?: string;
}

/**
 * The one seam the components know: a client-side view of one signed-in viewer's access to
 * profiles. Implementations: `createHttpAdapter` (the reference server), `createMemoryAdapter`
 * (in-browser, for stories, tests and demos), or your own over your backend. Run
 * `runAdapterConformance` from `profilekit/testing` against yours: green means the components
 * work with it.
 *
 * Every method resolves to plain JSON-serialisable data or rejects with a `ProfileError`
 * (never another error type for a failure the user can act on). Codes every method may throw:
 * `unauthenticated` (no viewer), `rate_limited` (with `retryAfter` seconds). Writes that change
 * profile fields take the `version` they were based on and fail with `version_conflict`,
 * writing nothing, when the profile has moved on since. A successful write resolves to the
 * profile as it now is, with its new `version`.
 *
 * A suspended viewer (see `AccountStatus`) may still read their own profile, config and export;
 * their other writes, and an admin's every action on other accounts, throw `account_suspended`.
 * Which lifecycle steps a viewer may take is in `getConfig().lifecycle`.
 */
export interface ProfileAdapter {
  /** The field config resolved for this viewer: which fields exist, and who may see and edit what. */
  getConfig(): Promise<ViewerConfig>;

  /** The viewer's own profile, filtered for them. */
  getProfile(): Promise<Profile>;

  /**
   * Partial update of the viewer's own profile. Absent keys stay as they are; `null` clears.
   * Setting `name` also splits it into `givenName` + `familyName` unless the patch sets those.
   * Throws `forbidden_field` (fields named) for a key the viewer may not write, `validation`
   * (fields named) for an unknown key or a bad value, `version_conflict` when `version` is stale.
   * A patch that changes nothing writes nothing and keeps the version.
   */
  updateProfile(patch: ProfilePatch, version: number): Promise<Profile>;

  /**
   * Changes the viewer's password. Throws `invalid_current_password`, `validation` (on
   * `newPassword`, per the policy in the config), `rate_limited` after 5 wrong current
   * passwords in 15 minutes (even for the right one). Voids pending email verification links.
   */
  changePassword(input: ChangePasswordInput): Promise<void>;

  /**
   * Starts an email change: the address becomes `pendingEmail`, a verification link is mailed to
   * it and a notice to the current address; `email` stays until the link is confirmed. A newer
   * request voids the older link. Throws `invalid_current_password`, `email_taken`,
   * `validation`, `rate_limited` (1 mail a minute, 10 an hour). `version`, when given, must be current.
   */
  requestEmailChange(input: RequestEmailChangeInput, version?: number): Promise<Profile>;

  /** Cancels a pending email change and voids its link. `version`, when given, must be current. */
  cancelEmailChange(version?: number): Promise<Profile>;

  /**
   * Consumes a verification token (from the link): the pending address becomes the account
   * email, verified. Tokens are single-use and expire (24 h by default). Throws `validation`
   * (on `token`) for an unknown, used, expired, superseded or tampered token, and `email_taken`
   * when another account took the address meanwhile. Needs no signed-in viewer.
   */
  confirmEmailChange(token: string): Promise<{ email: string }>;

  /** Admin: accounts whose email or name matches `query`, in creation order, paged. Throws `forbidden` for non-admins. */
  listUsers(request?: ListUsersRequest): Promise<Page<AccountSummary>>;

  /** Admin: another user's profile, filtered for this viewer. Throws `forbidden`, `not_found`. */
  getUser(userId: string): Promise<Profile>;

  /** Admin: partial update of another user's profile (inline edit). As `updateProfile`, plus `forbidden`, `not_found`. */
  updateUser(userId: string, patch: ProfilePatch, version: number): Promise<Profile>;

  /**
   * Admin: sets a user's email; `verified: true` applies it at once (no mail to the new
   * address), otherwise it goes pending as in `requestEmailChange`. The old address is notified.
   * Throws `forbidden`, `not_found`, `email_taken`, `validation`, `version_conflict`.
   */
  setUserEmail(userId: string, input: SetUserEmailInput, version?: number): Promise<Profile>;

  /** Admin: a user's audit entries, newest first, paged. Throws `forbidden`, `not_found`. */
  listAudit(userId: string, request?: PageRequest): Promise<Page<AuditEntry>>;

  /**
   * Everything stored about the viewer, as one versioned document (`AccountExport`, format
   * `profilekit.account-export`, version 1): both records, the notification preferences in
   * effect, the audit trail about them and the one they wrote. Never a secret. Recorded as one
   * `account.exported` audit entry (the version does not move). Allowed while suspended.
   * Throws `forbidden` when the config's `lifecycle.export` leaves out `self`, `rate_limited`
   * (10 exports of one account an hour by default).
   */
  exportAccount(): Promise<AccountExport>;

  /**
   * Schedules the erasure of the viewer's own account after the service's grace period (14 days
   * by default; `getConfig().lifecycle.deletionGraceMs`): the account becomes `pending_deletion`
   * (it still signs in, to cancel), a mail with the date goes to its address, and the host's
   * purge erases it when due. With a grace period of 0 it is erased at once (`erased: true`).
   * Needs the current password (the same throttle as `changePassword`). Throws
   * `invalid_current_password`, `invalid_state` (`status`: `deletionScheduled`), `forbidden`
   * (the config's `lifecycle.delete` leaves out `self`), `account_suspended`, `version_conflict`
   * when `version` is given and stale.
   */
  scheduleDeletion(input: ReauthenticateInput, version?: number): Promise<DeletionResult>;

  /**
   * Cancels the viewer's scheduled erasure: the account is `active` again. Needs the current
   * password. Throws `invalid_current_password`, `invalid_state` (`status`:
   * `noDeletionScheduled`), `account_suspended`, `version_conflict` when `version` is stale.
   */
  cancelDeletion(input: ReauthenticateInput, version?: number): Promise<Profile>;

  /**
   * Admin (the config's `lifecycle.create`): creates an account and returns its profile as this
   * viewer sees it. `invite: true` mails the address a set-password link (single use, expiring,
   * stored hashed) and records `account.invited`; otherwise `account.create`. Throws
   * `forbidden`, `email_taken`, `validation` (`invite` with a `password`: `inviteOrPassword`),
   * `forbidden_field`, `account_suspended`.
   */
  createUser(input: CreateUserInput): Promise<Profile>;

  /**
   * Admin (`lifecycle.suspend`): suspends another account with a reason the holder sees. The
   * host's sign-in then refuses it (`isActive`) and its writes get `account_suspended`. Throws
   * `forbidden` (also for the viewer's own account), `not_found`, `validation` (`reason`),
   * `invalid_state` (`alreadySuspended`), `version_conflict` when `version` is stale.
   */
  suspendUser(userId: string, input: SuspendUserInput, version?: number): Promise<Profile>;

  /** Admin (`lifecycle.suspend`): lifts a suspension. As `suspendUser`; `invalid_state` (`notSuspended`). */
  reactivateUser(userId: string, version?: number): Promise<Profile>;

  /**
   * Admin (`lifecycle.delete`): erases another account, `immediate`ly or `scheduled` after the
   * grace period (then with the same mail and `pending_deletion` state as the holder's own
   * request). Erasure removes both records, tokens and throttles; the audit trail stays with
   * every value `[erased]`, and the address is free again. Throws `forbidden` (also for the
   * viewer's own account: they use `scheduleDeletion`), `not_found`, `validation` (`mode`),
   * `invalid_state` (`scheduled` when one is already), `version_conflict` when `version` is stale.
   */
  deleteUser(userId: string, input: DeleteUserInput, version?: number): Promise<DeletionResult>;

  /** Admin (`lifecycle.delete`): cancels another account's scheduled erasure. Throws as `deleteUser`; `invalid_state` (`noDeletionScheduled`). */
  cancelUserDeletion(userId: string, version?: number): Promise<Profile>;

  /** Admin (`lifecycle.export`): another account's export, as `exportAccount`. Throws `forbidden`, `not_found`, `rate_limited`. */
  exportUser(userId: string): Promise<AccountExport>;

  /**
   * Sets the password of an invited account from its invitation link's token, under the same
   * policy as any new password, and marks the address verified (the link proved it). Needs no
   * signed-in viewer (one signed in is ignored). Tokens are single-use and expire (7 days by
   * default). Throws `validation` (on `token`, `invalidLink`: unknown, used, expired or
   * tampered; on `password`: the policy), `account_suspended`.
   */
  acceptInvitation(input: AcceptInvitationInput): Promise<{ email: string }>;
}
