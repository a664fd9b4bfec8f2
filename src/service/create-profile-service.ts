import { isActive, shouldNotify, type AccountExport, type AccountSummary, type AuditEntry, type DeletionResult } from '../core';
import type { Page, Profile, Viewer, ViewerConfig } from '../core';
import { accountNotFoundError } from './contracts/store-errors';
import { listAccounts, listAudit } from './operations/admin-operations';
import { changePassword } from './operations/change-password';
import { createAccount } from './operations/create-account';
import { cancelAccountDeletion, cancelDeletion, deleteAccount, purgeDueAccounts, scheduleDeletion } from './operations/deletion-operations';
import { cancelEmailChange, confirmEmailChange, requestEmailChange, setUserEmail } from './operations/email-operations';
import { exportAccount } from './operations/export-account';
import { acceptInvitation } from './operations/invitation-operations';
import { getConfig, getProfile, updateProfile } from './operations/profile-operations';
import { reactivateAccount, suspendAccount } from './operations/suspension-operations';
import { createServiceContext, type ProfileServiceOptions } from './support/service-context';

export { isActive };

/**
 * The rules engine: every profile rule of profilekit lives behind these methods, whatever
 * carries the request (HTTP, the in-browser memory adapter, your own transport). Each method
 * takes the viewer (`null` when nobody is signed in) and either resolves or throws a
 * `ProfileError`. Inputs typed `unknown` are validated here: pass request bodies as they come.
 * `expectedVersion` where optional: the version the client based the step on (`If-Match`),
 * which must then be current; without it the step applies to the account as it is.
 *
 * A viewer whose account is suspended may read their own profile, config and export; their
 * other writes and all their actions on other accounts throw `account_suspended`.
 */
export interface ProfileService {
  /** The config resolved for the viewer, with the lifecycle steps they may take (`lifecycle`). */
  getConfig(viewer: Viewer | null): ViewerConfig;
  getProfile(viewer: Viewer | null, userId: string): Promise<Profile>;
  /** `expectedVersion`: the version the patch is based on (required). */
  updateProfile(viewer: Viewer | null, userId: string, patch: unknown, expectedVersion: unknown): Promise<Profile>;
  changePassword(viewer: Viewer | null, input: unknown): Promise<void>;
  requestEmailChange(viewer: Viewer | null, input: unknown, expectedVersion?: unknown): Promise<Profile>;
  cancelEmailChange(viewer: Viewer | null, expectedVersion?: unknown): Promise<Profile>;
  confirmEmailChange(viewer: Viewer | null, token: unknown): Promise<{ email: string }>;
  setUserEmail(viewer: Viewer | null, userId: string, input: unknown, expectedVersion?: unknown): Promise<Profile>;
  listAccounts(viewer: Viewer | null, request?: unknown): Promise<Page<AccountSummary>>;
  listAudit(viewer: Viewer | null, userId: string, request?: unknown): Promise<Page<AuditEntry>>;
  /**
   * Sign-up (`viewer` null) or creation by a viewer the config's `lifecycle.create` lists; with
   * `invite: true` (creators only, and only with an `invitationUrl`) the address gets a
   * set-password link. See `ProfileAdapter.createUser`.
   */
  createAccount(viewer: Viewer | null, input: unknown): Promise<Profile>;
  /** `shouldNotify` for a stored account: call it before sending `topic` on `channel`. */
  shouldNotify(userId: string, channel: string, topic: string): Promise<boolean>;

  /** An account's export (`AccountExport`): the viewer's own or, by `lifecycle.export`, another's. Audited, throttled. */
  exportAccount(viewer: Viewer | null, userId: string): Promise<AccountExport>;
  /** The viewer schedules their own erasure; input `{ currentPassword }`. See `ProfileAdapter.scheduleDeletion`. */
  scheduleDeletion(viewer: Viewer | null, input: unknown, expectedVersion?: unknown): Promise<DeletionResult>;
  /** The viewer cancels their scheduled erasure; input `{ currentPassword }`. */
  cancelDeletion(viewer: Viewer | null, input: unknown, expectedVersion?: unknown): Promise<Profile>;
  /** `lifecycle.delete`: erases another account, input `{ mode: 'immediate' | 'scheduled' }`. Never the viewer's own. */
  deleteAccount(viewer: Viewer | null, userId: string, input: unknown, expectedVersion?: unknown): Promise<DeletionResult>;
  /** `lifecycle.delete`: cancels another account's scheduled erasure. */
  cancelAccountDeletion(viewer: Viewer | null, userId: string, expectedVersion?: unknown): Promise<Profile>;
  /** `lifecycle.suspend`: suspends another account, input `{ reason }` (1 to 500 characters). */
  suspendAccount(viewer: Viewer | null, userId: string, input: unknown, expectedVersion?: unknown): Promise<Profile>;
  /** `lifecycle.suspend`: lifts another account's suspension. */
  reactivateAccount(viewer: Viewer | null, userId: string, expectedVersion?: unknown): Promise<Profile>;
  /** Sets an invited account's password from its link; input `{ token, password }`. The viewer plays no part. */
  acceptInvitation(viewer: Viewer | null, input: unknown): Promise<{ email: string }>;
  /**
   * Erases the accounts whose scheduled erasure is due, at most `limit` (default 100, at most
   * 1000) a call, and returns their ids. Call it from a timer or a cron job (every minute or
   * hour: an erasure happens at the first call after its `purgeAt`). Each erasure is one
   * transaction, made only if the account is still pending and due inside it; its audit actor
   * is `system`; the address it had gets a last mail, and `onAccountErased` runs.
   *
   * @example
   * setInterval(() => service.purgeDueAccounts().catch(report), 60_000).unref();
   */
  purgeDueAccounts(options?: { limit?: number }): Promise<{ erased: string[] }>;
}

export function createProfileService(options: ProfileServiceOptions): ProfileService {
  const ctx = createServiceContext(options);
  return {
    getConfig: (viewer) => getConfig(ctx, viewer),
    getProfile: (viewer, accountId) => getProfile(ctx, viewer, accountId),
    updateProfile: (viewer, accountId, patch, version) => updateProfile(ctx, viewer, accountId, patch, version),
    changePassword: (viewer, input) => changePassword(ctx, viewer, input),
    requestEmailChange: (viewer, input, version) => requestEmailChange(ctx, viewer, input, version),
    cancelEmailChange: (viewer, version) => cancelEmailChange(ctx, viewer, version),
    confirmEmailChange: (viewer, token) => confirmEmailChange(ctx, viewer, token),
    setUserEmail: (viewer, accountId, input, version) => setUserEmail(ctx, viewer, accountId, input, version),
    listAccounts: (viewer, request) => listAccounts(ctx, viewer, request),
    listAudit: (viewer, accountId, request) => listAudit(ctx, viewer, accountId, request),
    createAccount: (viewer, input) => createAccount(ctx, viewer, input),
    async shouldNotify(accountId, channel, topic) {
      const account = await ctx.store.getAccount(accountId);
      if (!account) throw accountNotFoundError();
      return shouldNotify(account, channel, topic, ctx.config);
    },
    exportAccount: (viewer, accountId) => exportAccount(ctx, viewer, accountId),
    scheduleDeletion: (viewer, input, version) => scheduleDeletion(ctx, viewer, input, version),
    cancelDeletion: (viewer, input, version) => cancelDeletion(ctx, viewer, input, version),
    deleteAccount: (viewer, accountId, input, version) => deleteAccount(ctx, viewer, accountId, input, version),
    cancelAccountDeletion: (viewer, accountId, version) => cancelAccountDeletion(ctx, viewer, accountId, version),
    suspendAccount: (viewer, accountId, input, version) => suspendAccount(ctx, viewer, accountId, input, version),
    reactivateAccount: (viewer, accountId, version) => reactivateAccount(ctx, viewer, accountId, version),
    acceptInvitation: (viewer, input) => acceptInvitation(ctx, viewer, input),
    purgeDueAccounts: (purge) => purgeDueAccounts(ctx, purge),
  };
}
