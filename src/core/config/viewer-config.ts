import { BUILTIN_FIELD_NAMES } from './builtin-fields';
import type { ProfileConfig } from './profile-config-schema';
import { isAdmin, resolveFieldAccess, type FieldAccessMap } from './resolve-field-access';
import { mayCreateAccounts, resolveLifecycleRights } from './lifecycle-config';
import type { Viewer } from '../domain/viewer';

/**
 * The config as one viewer receives it (`GET /config`): field declarations the viewer can see
 * on some profile, and the resolved access on their own profile (`self`) and, for admins, on
 * anyone else's (`other`, `null` for everyone else). Hidden fields are absent, not flagged.
 */
export interface ViewerConfig {
  fields: Partial<ProfileConfig['fields']>;
  custom: ProfileConfig['custom'];
  /** The free attributes' settings: present when enabled and the viewer sees them on some profile. */
  attributes?: NonNullable<ProfileConfig['attributes']>;
  notifications: ProfileConfig['notifications'];
  password: ProfileConfig['password'];
  adminRoles: string[];
  viewer: { userId: string; roles: string[]; isAdmin: boolean };
  access: { self: FieldAccessMap; other: FieldAccessMap | null };
  /** What the viewer may do to accounts' lifecycle (from the config's `lifecycle` lists), so a UI offers only that. */
  lifecycle: LifecycleAccess;
}

/** The lifecycle steps a viewer may take, resolved from the field config and the service's options. */
export interface LifecycleAccess {
  /** On their own account: download the export (`GET /me/export`), schedule its erasure (`POST /me/deletion`). */
  self: { export: boolean; delete: boolean };
  /** On other accounts (the admin routes); `null` when the viewer may do none of these. */
  other: { export: boolean; delete: boolean; suspend: boolean } | null;
  /** May create accounts (`POST /users`). */
  create: boolean;
  /** May create them with `invite: true`: may create, and the server has an invitation link to mail. */
  invite: boolean;
  /** How long after it is scheduled an erasure happens, in ms (the service's grace period; 0: at once). */
  deletionGraceMs: number;
}

/** What the service adds to the config: facts of its options, not of the field config. */
export interface ViewerConfigOptions {
  /** The service's grace period. Default 14 days (`DEFAULT_DELETION_GRACE_MS`). */
  deletionGraceMs?: number;
  /** Whether the service can mail invitations (it has an `invitationUrl`). Default `false`. */
  invitations?: boolean;
}

/** The default grace period between scheduling an erasure and the purge that carries it out: 14 days. */
export const DEFAULT_DELETION_GRACE_MS = 14 * 24 * 60 * 60 * 1000;

// Any id that is not the viewer's: access on another account depends only on roles.
const SOMEONE_ELSE = '\u0000other';

function resolveLifecycleAccess(config: ProfileConfig, viewer: Viewer, options: ViewerConfigOptions): LifecycleAccess {
  const own = resolveLifecycleRights(config, viewer, viewer.userId);
  const other = resolveLifecycleRights(config, viewer, SOMEONE_ELSE);
  const create = mayCreateAccounts(config, viewer);
  return {
    self: { export: own.export, delete: own.delete },
    other: other.export || other.delete || other.suspend ? other : null,
    create,
    invite: create && (options.invitations ?? false),
    deletionGraceMs: options.deletionGraceMs ?? DEFAULT_DELETION_GRACE_MS,
  };
}

export function resolveViewerConfig(config: ProfileConfig, viewer: Viewer, options: ViewerConfigOptions = {}): ViewerConfig {
  const admin = isAdmin(config, viewer);
  const self = resolveFieldAccess(config, viewer, viewer.userId);
  const other = admin ? resolveFieldAccess(config, viewer, SOMEONE_ELSE) : null;
  const seen = (name: string) => Boolean(self[name]?.visible || other?.[name]?.visible);
  const onlySeen = (map: FieldAccessMap) => Object.fromEntries(Object.entries(map).filter(([name]) => seen(name)));
  return {
    fields: Object.fromEntries(BUILTIN_FIELD_NAMES.filter(seen).map((n) => [n, config.fields[n]])),
    custom: Object.fromEntries(Object.entries(config.custom).filter(([key]) => seen(`custom.${key}`))),
    ...(config.attributes && seen('attributes') ? { attributes: config.attributes } : {}),
    notifications: config.notifications,
    password: config.password,
    adminRoles: admin ? config.adminRoles : [],
    viewer: { userId: viewer.userId, roles: [...viewer.roles], isAdmin: admin },
    access: { self: onlySeen(self), other: other ? onlySeen(other) : null },
    lifecycle: resolveLifecycleAccess(config, viewer, options),
  };
}
