import { get, set, type Control } from 'react-hook-form';
import {
  BUILTIN_FIELD_NAMES,
  type CustomFieldConfig,
  type FieldAccessMap,
  type FieldReason,
  type Profile,
  type ProfilePatch,
  type ViewerConfig,
} from '../../../core/browser';
import { fromCustomFormValue, toCustomFormValue, type CustomFormValue } from '../../fields/custom-field-input';
import { isBuiltinTextField, type BuiltinTextFieldName } from '../../fields/builtin-field-input';

/** Built-in lists an admin may edit, typed as comma-separated text. */
export type ListFieldName = 'roles' | 'activeApps';
const LIST_FIELDS: readonly string[] = ['roles', 'activeApps'];

/** One row of the form, in display order. Editable rows hold a form value under `name`. */
export type FormEntry =
  | { kind: 'text'; name: BuiltinTextFieldName }
  | { kind: 'list'; name: ListFieldName }
  | { kind: 'custom'; name: `custom.${string}`; key: string; field: CustomFieldConfig }
  /** A visible field the viewer cannot change here, shown `readonly` with its reason. */
  | { kind: 'readonly'; name: string; reason: FieldReason | null; custom?: CustomFieldConfig }
  | { kind: 'email' }
  | { kind: 'identities'; reason: FieldReason | null }
  | { kind: 'billing' }
  | { kind: 'apiKeys' };

export type EditableEntry = Extract<FormEntry, { kind: 'text' | 'list' | 'custom' }>;

/** What the form holds: text for built-ins and lists, `CustomFormValue`s under `custom`. */
export type ProfileFormValues = Record<string, unknown> & { custom?: Record<string, CustomFormValue> };

/** The react-hook-form control of a ProfileForm: form values in, a validated patch out. */
export type ProfileFormControl = Control<ProfileFormValues, unknown, ProfilePatch>;

export interface PlanOptions {
  /** Show the declared custom fields too. */
  customFields: boolean;
  /** Leave the email out: an `EmailChange` beside the form shows it. */
  omitEmail: boolean;
}

/**
 * The rows of a ProfileForm for this viewer: visible built-ins in their order (notifications
 * left to NotificationPrefs), custom fields when asked, billing and API keys last.
 */
export function planProfileForm(config: ViewerConfig, access: FieldAccessMap, options: PlanOptions): FormEntry[] {
  const entries: FormEntry[] = [];
  const tail: FormEntry[] = [];
  for (const name of BUILTIN_FIELD_NAMES) {
    const a = access[name];
    if (!a?.visible || !config.fields[name]) continue;
    if (name === 'notifications' || name === 'emailVerified' || name === 'pendingEmail') continue;
    if (name === 'email') {
      if (!options.omitEmail) entries.push({ kind: 'email' });
    } else if (name === 'identities') {
      entries.push({ kind: 'identities', reason: a.reason });
    } else if (name === 'billing') {
      tail.push({ kind: 'billing' });
    } else if (name === 'apiKeys') {
      tail.push({ kind: 'apiKeys' });
    } else if (a.editable && isBuiltinTextField(name)) {
      entries.push({ kind: 'text', name });
    } else if (a.editable && LIST_FIELDS.includes(name)) {
      entries.push({ kind: 'list', name: name as ListFieldName });
    } else {
      entries.push({ kind: 'readonly', name, reason: a.reason ?? 'not-permitted' });
    }
  }
  if (options.customFields) {
    for (const [key, field] of Object.entries(config.custom)) {
      const a = access[`custom.${key}`];
      if (!a?.visible) continue;
      if (a.editable) entries.push({ kind: 'custom', name: `custom.${key}`, key, field });
      else entries.push({ kind: 'readonly', name: `custom.${key}`, reason: a.reason ?? 'not-permitted', custom: field });
    }
  }
  return [...entries, ...tail];
}

export function isEditable(entry: FormEntry): entry is EditableEntry {
  return entry.kind === 'text' || entry.kind === 'list' || entry.kind === 'custom';
}

/** The form values of `profile` for the editable rows. */
export function toFormValues(profile: Profile, entries: readonly FormEntry[]): ProfileFormValues {
  const values: ProfileFormValues = {};
  for (const entry of entries) {
    if (entry.kind === 'text') values[entry.name] = profile[entry.name] ?? '';
    else if (entry.kind === 'list') values[entry.name] = (profile[entry.name] ?? []).join(', ');
    else if (entry.kind === 'custom') set(values, entry.name, toCustomFormValue(entry.field, profile.custom?.[entry.key]));
  }
  return values;
}

/** Whether two form values are the same (lists element by element). */
export function sameFormValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

function toPatchValue(entry: EditableEntry, value: unknown): unknown {
  if (entry.kind === 'list') {
    return String(value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }
  if (entry.kind === 'custom') return fromCustomFormValue(entry.field, value as CustomFormValue);
  return value;
}

/**
 * The patch the form's changes make, before validation: only the rows whose value differs from
 * `baseline` (the values the form was loaded or last saved with), in the patch's shapes (lists
 * as arrays, custom values typed). The core's patch schema then validates and normalises it.
 */
export function changedCandidate(values: ProfileFormValues, baseline: ProfileFormValues, entries: readonly FormEntry[]): Record<string, unknown> {
  const candidate: Record<string, unknown> = {};
  for (const entry of entries) {
    if (!isEditable(entry)) continue;
    const value = get(values, entry.name);
    if (sameFormValue(value, get(baseline, entry.name))) continue;
    set(candidate, entry.name, toPatchValue(entry, value));
  }
  return candidate;
}

/** The form name a validation path points into: `roles.2` -> `roles`, `custom.height` stays. */
export function formNameOf(path: string, entries: readonly FormEntry[]): string | null {
  for (const entry of entries) {
    if (!isEditable(entry)) continue;
    if (path === entry.name || path.startsWith(`${entry.name}.`)) return entry.name;
  }
  return null;
}
