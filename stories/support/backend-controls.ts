import {
  BUILTIN_FIELDS,
  isBuiltinFieldName,
  type CustomFieldConfig,
  type ProfileConfigInput,
  type Viewer,
} from '../../src/core';
import { exampleViewers } from '../../src/testing/fixtures/example-accounts';
import { exampleConfigInput } from '../../src/testing/fixtures/example-config';

// The *Backend* controls every component story has: the field config and who is signed in.

/** The controls every component story has: the field config and who is signed in. */
export interface BackendArgs {
  /** Who is signed in: Grace (a user, on her own profile), Ada (an admin, on Grace's), or nobody. */
  viewer?: 'user' | 'admin' | 'signedOut';
  /** Fields nobody may change (`edit: []`): shown read-only with the reason. */
  readOnlyFields?: string[];
  /** Fields hidden from `hiddenFrom` (removed from their `view` and `edit`). */
  hiddenFields?: string[];
  hiddenFrom?: 'user' | 'admin';
  /** Adds a custom field with this label (empty: none) of `extraFieldType`. */
  extraFieldLabel?: string;
  extraFieldType?: ExtraFieldType;
}

export const EXTRA_FIELD_TYPES = ['text', 'longText', 'number', 'boolean', 'select', 'date', 'url', 'email', 'phone'] as const;
export type ExtraFieldType = (typeof EXTRA_FIELD_TYPES)[number];
export const EXTRA_FIELD_KEY = 'storyField';

const CONFIGURABLE_BUILTINS = ['email', 'name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale', 'notifications', 'roles', 'activeApps', 'billing'];

/** Default values of the backend controls. */
export const backendArgs: Required<BackendArgs> = {
  viewer: 'user',
  readOnlyFields: [],
  hiddenFields: [],
  hiddenFrom: 'user',
  extraFieldLabel: '',
  extraFieldType: 'text',
};

/** The controls of `BackendArgs`, grouped under "Backend" in the controls panel. */
export function backendArgTypes(config: ProfileConfigInput = exampleConfigInput) {
  const fields = [...CONFIGURABLE_BUILTINS, ...Object.keys(config.custom ?? {})];
  const table = { category: 'Backend (msw + memory service)' };
  return {
    viewer: { control: 'inline-radio', options: ['user', 'admin', 'signedOut'], table, description: 'Who is signed in: Grace (user), Ada (admin, looking at Grace), nobody' },
    readOnlyFields: { control: 'check', options: fields, table, description: 'Fields nobody may change (`edit: []`)' },
    hiddenFields: { control: 'check', options: fields, table, description: 'Fields hidden from the role below' },
    hiddenFrom: { control: 'inline-radio', options: ['user', 'admin'], table, description: 'Who does not see the hidden fields (user: `self`)' },
    extraFieldLabel: { control: 'text', table, description: 'Adds a custom field `storyField` with this label' },
    extraFieldType: { control: 'select', options: EXTRA_FIELD_TYPES, table, description: 'The added custom field’s type' },
  } as const;
}

function extraField(type: ExtraFieldType, label: string): CustomFieldConfig | Record<string, unknown> {
  if (type === 'select') return { type, label, options: ['One', 'Two', 'Three'].map((o) => ({ value: o.toLowerCase(), label: o })) };
  return { type, label };
}

/** The base config with the controls applied: read-only fields, hidden fields, an added custom field. */
export function applyConfigControls(base: ProfileConfigInput, args: BackendArgs): ProfileConfigInput {
  const fields: Record<string, Record<string, unknown>> = { ...(base.fields as Record<string, Record<string, unknown>> | undefined) };
  const custom: Record<string, Record<string, unknown>> = { ...(base.custom as Record<string, Record<string, unknown>> | undefined) };
  if (args.extraFieldLabel?.trim()) custom[EXTRA_FIELD_KEY] = extraField(args.extraFieldType ?? 'text', args.extraFieldLabel.trim());
  const update = (name: string, change: (field: { view: string[]; edit: string[] }) => Partial<{ view: string[]; edit: string[] }>) => {
    if (isBuiltinFieldName(name)) {
      const spec = BUILTIN_FIELDS[name];
      const given = fields[name] ?? {};
      const current = { view: (given.view as string[]) ?? [...spec.view], edit: (given.edit as string[]) ?? [...spec.edit] };
      fields[name] = { ...given, ...change(current) };
    } else if (custom[name]) {
      const given = custom[name];
      const current = { view: (given.view as string[]) ?? ['self', 'admin'], edit: (given.edit as string[]) ?? ['self', 'admin'] };
      custom[name] = { ...given, ...change(current) };
    }
  };
  for (const name of args.readOnlyFields ?? []) update(name, () => ({ edit: [] }));
  const role = args.hiddenFrom === 'admin' ? 'admin' : 'self';
  for (const name of args.hiddenFields ?? []) update(name, ({ view, edit }) => ({ view: view.filter((r) => r !== role), edit: edit.filter((r) => r !== role) }));
  return { ...base, fields, custom } as ProfileConfigInput;
}

/** The viewer each value of the `viewer` control signs in. */
export const VIEWERS: Record<NonNullable<BackendArgs['viewer']>, Viewer | null> = {
  user: exampleViewers.user,
  admin: exampleViewers.admin,
  signedOut: null,
};

/** The component's own props: `args` without the backend controls. */
export function componentProps<T extends BackendArgs>(args: T): Omit<T, keyof BackendArgs> {
  const { viewer: _v, readOnlyFields: _r, hiddenFields: _h, hiddenFrom: _f, extraFieldLabel: _l, extraFieldType: _t, ...props } = args;
  return props;
}
