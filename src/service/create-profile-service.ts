import { shouldNotify, type AccountSummary, type AuditEntry, type Page, type Profile, type Viewer, type ViewerConfig } from '../core';
import { accountNotFoundError } from './contracts/store-errors';
import { listAccounts, listAudit } from './operations/admin-operations';
import { changePassword } from './operations/change-password';
import { createAccount } from './operations/create-account';
import { cancelEmailChange, confirmEmailChange, requestEmailChange, setUserEmail } from './operations/email-operations';
import { getConfig, getProfile, updateProfile } from './operations/profile-operations';
import { createServiceContext, type ProfileServiceOptions } from './support/service-context';

/**
 * The rules engine: every profile rule of profilekit lives behind these methods, whatever
 * carries the request (HTTP, the in-browser memory adapter, your own transport). Each method
 * takes the viewer (`null` when nobody is signed in) and either resolves or throws a
 * `ProfileError`. Inputs typed `unknown` are validated here: pass request bodies as they come.
 */
export interface ProfileService {
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
  createAccount(viewer: Viewer | null, input: unknown): Promise<Profile>;
  /** `shouldNotify` for a stored account: call it before sending `topic` on `channel`. */
  shouldNotify(userId: string, channel: string, topic: string): Promise<boolean>;
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
  };
}
