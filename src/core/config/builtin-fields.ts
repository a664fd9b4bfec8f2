/** Why a field cannot be changed through a profile patch. */
export type FieldLock =
  /** Never changes after creation (account id, created at). */
  | 'immutable'
  /** Owned by a sign-in provider (linked identities). */
  | 'external'
  /** Changed only through the email flow (request + verification, or an admin's set). */
  | 'email-flow';

export type RecordName = 'main' | 'data';

export interface BuiltinFieldSpec {
  record: RecordName;
  lock?: FieldLock;
  view: readonly string[];
  edit: readonly string[];
}

const SELF_AND_ADMIN = ['self', 'admin'] as const;
const ADMIN = ['admin'] as const;
const NOBODY = [] as const;

/**
 * The built-in fields, in display order, with their safe default access. An app's config may
 * narrow or widen `view` / `edit` (and relabel), but never make a locked field patchable.
 */
export const BUILTIN_FIELDS = {
  id: { record: 'main', lock: 'immutable', view: SELF_AND_ADMIN, edit: NOBODY },
  email: { record: 'main', lock: 'email-flow', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  emailVerified: { record: 'main', lock: 'email-flow', view: SELF_AND_ADMIN, edit: NOBODY },
  pendingEmail: { record: 'main', lock: 'email-flow', view: SELF_AND_ADMIN, edit: NOBODY },
  name: { record: 'data', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  givenName: { record: 'data', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  familyName: { record: 'data', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  phone: { record: 'data', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  company: { record: 'data', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  picture: { record: 'data', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  locale: { record: 'data', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  notifications: { record: 'data', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  identities: { record: 'main', lock: 'external', view: SELF_AND_ADMIN, edit: NOBODY },
  roles: { record: 'main', view: SELF_AND_ADMIN, edit: ADMIN },
  activeApps: { record: 'main', view: SELF_AND_ADMIN, edit: ADMIN },
  createdAt: { record: 'main', lock: 'immutable', view: SELF_AND_ADMIN, edit: NOBODY },
  billing: { record: 'main', view: ADMIN, edit: ADMIN },
  apiKeys: { record: 'main', view: ADMIN, edit: ADMIN },
} as const satisfies Record<string, BuiltinFieldSpec>;

export type BuiltinFieldName = keyof typeof BUILTIN_FIELDS;

export const BUILTIN_FIELD_NAMES = Object.keys(BUILTIN_FIELDS) as BuiltinFieldName[];

export function isBuiltinFieldName(name: string): name is BuiltinFieldName {
  return Object.hasOwn(BUILTIN_FIELDS, name);
}

/**
 * The record a profile key is stored in: a built-in field's `record`; custom fields and free
 * attributes live in `data`.
 */
export function recordOf(key: BuiltinFieldName | 'custom' | 'attributes'): RecordName {
  return key === 'custom' || key === 'attributes' ? 'data' : BUILTIN_FIELDS[key].record;
}

/**
 * Keys a patch can never carry: server-managed state. Naming one is a forbidden write (403),
 * not an unknown field, so that mass-assignment attempts are reported as what they are.
 */
export const RESERVED_KEYS = [
  'version',
  'passwordHash',
  'password',
  'emailNormalized',
  'updatedAt',
  // The lifecycle state: changed only by its own steps (suspension, deletion), never by a patch.
  'status',
  'purgeAt',
  'suspension',
  'deletion',
] as const;

/** The lock of a built-in field, if it has one. */
export function builtinLock(name: BuiltinFieldName): FieldLock | undefined {
  const spec: BuiltinFieldSpec = BUILTIN_FIELDS[name];
  return spec.lock;
}
