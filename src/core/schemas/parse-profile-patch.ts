import { builtinLock, isBuiltinFieldName, RESERVED_KEYS, type FieldLock } from '../config/builtin-fields';
import type { ProfileConfig } from '../config/profile-config-schema';
import type { FieldAccessMap } from '../config/resolve-field-access';
import { listFieldNames } from '../errors/bound-field-errors';
import { fieldIssue, type FieldIssue, type IssueCode } from '../errors/field-issue';
import { issueFields } from '../errors/issue-fields';
import { ProfileError } from '../errors/profile-error';
import type { Billing, NotificationPrefs } from './builtin-value-schemas';
import { createPatchSchema } from './create-patch-schema';
import type { CustomValue } from './custom-field-schema';
import { fieldProblemsFromZod } from './field-problems-from-zod';

/** A validated profile patch: only the keys the viewer may change, values normalised. */
export interface ProfilePatch {
  name?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  phone?: string | null;
  company?: string | null;
  picture?: string | null;
  locale?: string | null;
  notifications?: NotificationPrefs;
  roles?: string[];
  activeApps?: string[];
  billing?: Billing | null;
  apiKeys?: { id: string; label: string }[];
  custom?: Record<string, CustomValue | null>;
  /** Free attributes, merged key by key: a string sets, `null` removes, keys not named stay. */
  attributes?: Record<string, string | null>;
}

const RESERVED = new Set<string>(RESERVED_KEYS);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FORBIDDEN_ISSUE: Record<FieldLock, IssueCode> = {
  immutable: 'neverChanges',
  external: 'managedBySignIn',
  'email-flow': 'useEmailFlow',
};

/**
 * Validates a profile patch for a viewer, in the order a user would want to hear about it:
 * - a key the viewer may not write (a locked or not-permitted built-in, a server-managed key
 *   such as `version`) -> `forbidden_field` (403), naming every such field;
 * - a key the config does not declare (or a custom field hidden from the viewer, or free
 *   `attributes` when disabled or hidden) ->
 *   `validation` (422), "Unknown field";
 * - a value that breaks its field's rules -> `validation` (422), a message per field.
 * Returns the normalised patch (trimmed text, canonical locale, "" cleared to null).
 */
export function parseProfilePatch(
  config: Pick<ProfileConfig, 'fields' | 'custom' | 'notifications' | 'attributes'>,
  access: FieldAccessMap,
  input: unknown,
): ProfilePatch {
  if (!isPlainObject(input)) {
    throw new ProfileError('validation', 'The patch must be a JSON object', issueFields({ '(body)': fieldIssue('expectedObject') }));
  }
  const forbidden = new Map<string, FieldIssue>();
  const unknown = new Map<string, FieldIssue>();
  const unknownField = fieldIssue('unknownField');
  const notPermitted = fieldIssue('mayNotChange');
  for (const key of Object.keys(input)) {
    if (key === 'custom') {
      const custom = input.custom;
      if (!isPlainObject(custom)) continue; // the schema reports the type
      for (const customKey of Object.keys(custom)) {
        const field = access[`custom.${customKey}`];
        const path = `custom.${customKey}`;
        if (!Object.hasOwn(config.custom, customKey) || !field?.visible) unknown.set(path, unknownField);
        else if (!field.editable) forbidden.set(path, notPermitted);
      }
    } else if (key === 'attributes') {
      const field = access.attributes;
      if (!config.attributes || !field?.visible) unknown.set(key, unknownField);
      else if (!field.editable) forbidden.set(key, notPermitted);
    } else if (isBuiltinFieldName(key)) {
      const field = access[key];
      const lock = builtinLock(key);
      if (lock) forbidden.set(key, fieldIssue(FORBIDDEN_ISSUE[lock]));
      else if (!field?.editable) forbidden.set(key, notPermitted);
    } else if (RESERVED.has(key)) {
      forbidden.set(key, fieldIssue('managedByServer'));
    } else {
      unknown.set(key, unknownField);
    }
  }
  if (forbidden.size > 0) {
    throw new ProfileError('forbidden_field', `You may not change: ${listFieldNames([...forbidden.keys()])}`, {
      ...issueFields(Object.fromEntries(forbidden)),
    });
  }
  if (unknown.size > 0) {
    throw new ProfileError('validation', `Unknown fields: ${listFieldNames([...unknown.keys()])}`, issueFields(Object.fromEntries(unknown)));
  }
  const result = createPatchSchema(config, access).safeParse(input);
  if (!result.success) {
    throw new ProfileError('validation', 'Some fields are not valid', fieldProblemsFromZod(result.error));
  }
  return result.data as ProfilePatch;
}
