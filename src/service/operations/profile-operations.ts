import {
  parseProfilePatch,
  resolveViewerConfig,
  type Profile,
  type Viewer,
  type ViewerConfig,
} from '../../core';
import { patchRecords } from '../support/patch-records';
import { loadAccount, requireViewer } from '../support/load-account';
import { projectProfile } from '../support/project-profile';
import { saveAccount } from '../support/save-account';
import type { ServiceContext } from '../support/service-context';
import { versionConflictError } from '../contracts/store-errors';
import { requireVersion } from '../support/expected-version';

export function getConfig(ctx: ServiceContext, viewer: Viewer | null): ViewerConfig {
  return resolveViewerConfig(ctx.config, requireViewer(viewer), {
    deletionGraceMs: ctx.deletionGracePeriodMs,
    invitations: ctx.invitationUrl !== undefined,
  });
}

export async function getProfile(ctx: ServiceContext, viewer: Viewer | null, accountId: string): Promise<Profile> {
  const { account, access } = await loadAccount(ctx, viewer, accountId);
  return projectProfile(ctx.config, account, access);
}

export async function updateProfile(
  ctx: ServiceContext,
  viewer: Viewer | null,
  accountId: string,
  input: unknown,
  expectedVersion: unknown,
): Promise<Profile> {
  const loaded = await loadAccount(ctx, viewer, accountId, { write: true });
  const version = requireVersion(expectedVersion);
  const patch = parseProfilePatch(ctx.config, loaded.access, input);
  if (loaded.account.version !== version) {
    throw versionConflictError();
  }
  const { main, data } = patchRecords(loaded.account, patch, ctx.config);
  const saved = await saveAccount(ctx, {
    actor: loaded.viewer,
    account: loaded.account,
    expectedVersion: version,
    action: 'profile.update',
    main,
    data,
  });
  return projectProfile(ctx.config, saved, loaded.access);
}
