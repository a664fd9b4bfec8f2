import {
  attributeKeyIssue,
  type CustomFieldConfig,
  type FieldAccessMap,
  type FieldErrors,
  type FieldReason,
  type Profile,
  type ProfilePatch,
  type ViewerConfig,
} from '../../../core/browser';
import { fromCustomFormValue, toCustomFormValue, type CustomFormValue } from '../../fields/custom-field-input';

/** One row of the free attributes list while editing. */
export interface AttributeRowValue {
  key: string;
  value: string;
  /** The stored key the row was loaded with (a rename removes it); `null` for a row added here. */
  original: string | null;
}

/** What the editor's form holds: editable custom fields by key, and the attribute rows. */
export interface CustomFieldsFormValues {
  custom: Record<string, CustomFormValue>;
  attributes: AttributeRowValue[];
}

/** A declared custom field as this viewer meets it on this profile. */
export interface CustomFieldEntry {
  key: string;
  field: CustomFieldConfig;
  editable: boolean;
  reason: FieldReason | null;
}

/** The custom fields to show, in declaration order: those `access` makes visible. */
export function visibleCustomFields(config: ViewerConfig, access: FieldAccessMap): CustomFieldEntry[] {
  return Object.entries(config.custom).flatMap(([key, field]) => {
    const fieldAccess = access[`custom.${key}`];
    return fieldAccess?.visible ? [{ key, field, editable: fieldAccess.editable, reason: fieldAccess.reason }] : [];
  });
}

/** Whether the profile shown has free attributes for this viewer, and whether they may change them. */
export function attributeAccess(config: ViewerConfig, access: FieldAccessMap): { visible: boolean; editable: boolean } {
  const attributes = access.attributes;
  return { visible: Boolean(config.attributes && attributes?.visible), editable: Boolean(config.attributes && attributes?.editable) };
}

/**
 * The form values for a profile. Attribute rows keep the order of `order` (the rows on screen)
 * for keys that are still there, then the others in the order the server gives (sorted).
 */
export function toFormValues(config: ViewerConfig, access: FieldAccessMap, profile: Profile, order: string[] = []): CustomFieldsFormValues {
  const custom: Record<string, CustomFormValue> = {};
  for (const { key, field, editable } of visibleCustomFields(config, access)) {
    if (editable) custom[key] = toCustomFormValue(field, profile.custom?.[key]);
  }
  const stored = profile.attributes ?? {};
  const keys = [...order.filter((key) => Object.hasOwn(stored, key)), ...Object.keys(stored).filter((key) => !order.includes(key))];
  return { custom, attributes: [...new Set(keys)].map((key) => ({ key, value: stored[key]!, original: key })) };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A row the user added and left blank: not part of the patch. */
export const isBlankNewRow = (row: AttributeRowValue) => row.original === null && row.key === '' && row.value === '';

/**
 * The patch of what changed between `base` (the profile as loaded) and `values`: custom fields
 * whose input changed (`fromCustomFormValue`), attributes set or changed, and removed or renamed
 * attribute keys as `null`. Nothing else.
 */
export function buildPatch(config: ViewerConfig, access: FieldAccessMap, base: CustomFieldsFormValues, values: CustomFieldsFormValues): ProfilePatch {
  const patch: ProfilePatch = {};
  const custom: Record<string, ReturnType<typeof fromCustomFormValue>> = {};
  for (const { key, field, editable } of visibleCustomFields(config, access)) {
    if (!editable || !Object.hasOwn(values.custom, key)) continue;
    if (!sameValue(values.custom[key], base.custom[key])) custom[key] = fromCustomFormValue(field, values.custom[key]!);
  }
  if (Object.keys(custom).length > 0) patch.custom = custom;

  if (attributeAccess(config, access).editable) {
    const stored = new Map(base.attributes.map((row) => [row.key, row.value]));
    // A Map, then fromEntries: whatever a key is, it becomes a key, never a prototype.
    const attributes = new Map<string, string | null>();
    const kept = new Set<string>();
    for (const row of values.attributes) {
      if (isBlankNewRow(row)) continue;
      kept.add(row.key);
      if (stored.has(row.key) && stored.get(row.key) === row.value) continue;
      attributes.set(row.key, row.value);
    }
    for (const key of stored.keys()) if (!kept.has(key)) attributes.set(key, null);
    if (attributes.size > 0) patch.attributes = Object.fromEntries(attributes);
  }
  return patch;
}

/** Whether a patch changes anything. */
export const isEmptyPatch = (patch: ProfilePatch) => Object.keys(patch).length === 0;

/** Where a field message lands in the form. */
export type ErrorTarget =
  | { kind: 'field'; name: `custom.${string}` | `attributes.${number}.key` | `attributes.${number}.value`; message: string }
  | { kind: 'attributes'; message: string }
  | { kind: 'form'; path: string; message: string };

/**
 * Places field messages (client-side from the core schema, or a server's `fields`) on the form:
 * `custom.<key>` on that input; `attributes.<key>` on that row's name input when the name is
 * what is wrong (`attributeKeyIssue`), else on its value; `attributes` (the whole set: too
 * many, not allowed) on the list; anything else on the form.
 */
export function placeErrors(config: ViewerConfig, values: CustomFieldsFormValues, fields: FieldErrors): ErrorTarget[] {
  const targets: ErrorTarget[] = [];
  for (const [path, message] of Object.entries(fields)) {
    if (path.startsWith('custom.') && Object.hasOwn(values.custom, path.slice('custom.'.length))) {
      targets.push({ kind: 'field', name: path as `custom.${string}`, message });
    } else if (path.startsWith('attributes.')) {
      const key = path.slice('attributes.'.length);
      // The last row with the key: that is the one the patch carried.
      let index = -1;
      values.attributes.forEach((row, i) => {
        if (row.key === key && !isBlankNewRow(row)) index = i;
      });
      if (index < 0) targets.push({ kind: 'attributes', message });
      else {
        const keyIsWrong = config.attributes ? attributeKeyIssue(key, config.attributes) !== null : false;
        targets.push({ kind: 'field', name: `attributes.${index}.${keyIsWrong ? 'key' : 'value'}`, message });
      }
    } else if (path === 'attributes') {
      targets.push({ kind: 'attributes', message });
    } else {
      targets.push({ kind: 'form', path, message });
    }
  }
  return targets;
}

/** Rows whose name an earlier row already uses (a form rule: a patch cannot carry a key twice). */
export function duplicateRows(values: CustomFieldsFormValues): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  values.attributes.forEach((row, index) => {
    if (isBlankNewRow(row) || row.key === '') return;
    if (seen.has(row.key)) duplicates.push(index);
    seen.add(row.key);
  });
  return duplicates;
}
