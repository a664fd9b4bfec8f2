import type { ViewerConfig } from '../config/viewer-config';
import type { AuditEntry } from '../domain/audit';
import type { Page, PageRequest } from '../domain/page';
import type { ProfilePatch } from '../schemas/parse-profile-patch';
import type { AccountSummary, Profile } from '../schemas/profile-schema';

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
}
