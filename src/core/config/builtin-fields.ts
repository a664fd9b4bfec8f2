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
  label: string;
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
  id: { record: 'main', lock: 'immutable', label: 'Account ID', view: SELF_AND_ADMIN, edit: NOBODY },
  email: { record: 'main', lock: 'email-flow', label: 'Email', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  emailVerified: { record: 'main', lock: 'email-flow', label: 'Email verified', view: SELF_AND_ADMIN, edit: NOBODY },
  pendingEmail: { record: 'main', lock: 'email-flow', label: 'Pending email', view: SELF_AND_ADMIN, edit: NOBODY },
  name: { record: 'data', label: 'Name', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  givenName: { record: 'data', label: 'Given name', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  familyName: { record: 'data', label: 'Family name', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  phone: { record: 'data', label: 'Phone', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  company: { record: 'data', label: 'Company', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  picture: { record: 'data', label: 'Picture URL', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  locale: { record: 'data', label: 'Language', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  notifications: { record: 'data', label: 'Notifications', view: SELF_AND_ADMIN, edit: SELF_AND_ADMIN },
  identities: { record: 'main', lock: 'external', label: 'Linked accounts', view: SELF_AND_ADMIN, edit: NOBODY },
  roles: { record: 'main', label: 'Roles', view: SELF_AND_ADMIN, edit: ADMIN },
  activeApps: { record: 'main', label: 'Active apps', view: SELF_AND_ADMIN, edit: ADMIN },
  createdAt: { record: 'main', lock: 'immutable', label: 'Created', view: SELF_AND_ADMIN, edit: NOBODY },
  billing: { record: 'main', label: 'Billing', view: ADMIN, edit: ADMIN },
  apiKeys: { record: 'main', label: 'API keys', view: ADMIN, edit: ADMIN },
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
