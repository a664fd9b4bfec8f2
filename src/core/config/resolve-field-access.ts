import type { Viewer } from '../domain/viewer';
import { BUILTIN_FIELD_NAMES, builtinLock, type FieldLock } from './builtin-fields';
import type { ProfileConfig } from './profile-config-schema';
import { allows } from './access-rules';

/** Why a visible field is not editable by this viewer. */
export type FieldReason = FieldLock | 'not-permitted';

export interface FieldAccess {
  /** The field is present in this viewer's responses and rendered by the components. */
  visible: boolean;
  /**
   * The viewer may change the field. For `email` this means "may use the email flow": it is
   * never part of a profile patch (its `reason` stays `email-flow`).
   */
  editable: boolean;
  /** Why it is read-only (or, for `email`, how it changes); `null` for plain editable fields. */
  reason: FieldReason | null;
}

/** Access per field, keyed by built-in name, `custom.<key>`, or `attributes` (all free attributes, when enabled). */
export type FieldAccessMap = Record<string, FieldAccess>;

/** The access lists a field config carries, and the config parts access depends on. */
type AccessConfig = Pick<ProfileConfig, 'fields' | 'custom' | 'attributes'>;

/**
 * What `viewer` may see and change on the profile of account `accountId`, per field. `self` in an
 * access list matches when the viewer is the target; any other entry is a role name. The
 * server enforces exactly this; the components render from it.
 */
export function resolveFieldAccess(config: AccessConfig, viewer: Viewer, accountId: string): FieldAccessMap {
  const isSelf = viewer.userId === accountId;
  const access: FieldAccessMap = {};
  for (const name of BUILTIN_FIELD_NAMES) {
    const field = config.fields[name];
    if (!field) continue;
    const lock = builtinLock(name);
    const visible = allows(field.view, viewer, isSelf);
    const permitted = visible && allows(field.edit, viewer, isSelf);
    // Of the locked fields only email changes at all, and then through its own flow.
    const changeable = lock === undefined || name === 'email';
    access[name] = {
      visible,
      editable: permitted && changeable,
      reason: lock ?? (visible && !permitted ? 'not-permitted' : null),
    };
  }
  for (const [key, field] of Object.entries(config.custom)) {
    const visible = allows(field.view, viewer, isSelf);
    const editable = visible && allows(field.edit, viewer, isSelf);
    access[`custom.${key}`] = { visible, editable, reason: editable || !visible ? null : 'not-permitted' };
  }
  if (config.attributes) {
    // One entry for the whole set: who may see and change the free attributes, like a custom field.
    const visible = allows(config.attributes.view, viewer, isSelf);
    const editable = visible && allows(config.attributes.edit, viewer, isSelf);
    access.attributes = { visible, editable, reason: editable || !visible ? null : 'not-permitted' };
  }
  return access;
}

/** Whether the viewer holds one of the config's admin roles. */
export function isAdmin(config: Pick<ProfileConfig, 'adminRoles'>, viewer: Viewer): boolean {
  return viewer.roles.some((role) => config.adminRoles.includes(role));
}
