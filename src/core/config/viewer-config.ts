import { BUILTIN_FIELD_NAMES } from './builtin-fields';
import type { ProfileConfig } from './profile-config-schema';
import { isAdmin, resolveFieldAccess, type FieldAccessMap } from './resolve-field-access';
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
}

// Any id that is not the viewer's: access on another account depends only on roles.
const SOMEONE_ELSE = '\u0000other';

export function resolveViewerConfig(config: ProfileConfig, viewer: Viewer): ViewerConfig {
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
  };
}
