import * as z from 'zod';
import { BUILTIN_FIELDS, BUILTIN_FIELD_NAMES, builtinLock, type BuiltinFieldName } from './builtin-fields';
import { KEY_PATTERN, LIMITS, ROLE_PATTERN } from './limits';
import { isoDateSchema } from '../schemas/value-schemas';
import { accessListSchema as accessList } from './access-list-schema';
import { lifecycleInputSchema, resolveLifecycle } from './lifecycle-config';
import { passwordConfigSchema } from './password-config-schema';

const key = z.string().regex(KEY_PATTERN, 'Keys start with a letter and hold letters, digits and _ (max 64)');
const label = z.string().min(1).max(LIMITS.label);
const help = z.string().max(LIMITS.help);

const fieldBase = {
  label,
  help: help.optional(),
  required: z.boolean().default(false),
  view: accessList.default(['self', 'admin']),
  edit: accessList.default(['self', 'admin']),
};

const option = z.strictObject({ value: z.string().min(1).max(100), label });
const options = z
  .array(option)
  .min(1)
  .max(LIMITS.selectOptions)
  .refine((list) => new Set(list.map((o) => o.value)).size === list.length, 'Option values must be unique');

const positiveInt = (max: number) => z.number().int().min(1).max(max);

/** A text field's declaration: lengths up to `limit`, `maxLength` `defaultMax` unless set. */
function textField<T extends 'text' | 'longText'>(type: T, limit: number, defaultMax: number) {
  return z.strictObject({
    type: z.literal(type),
    ...fieldBase,
    minLength: z.number().int().min(0).max(limit).optional(),
    maxLength: positiveInt(limit).default(defaultMax),
    placeholder: label.optional(),
  });
}

/** A custom field the app declares. Stored under `custom.<key>` in the data record. */
export const customFieldSchema = z.discriminatedUnion('type', [
  textField('text', LIMITS.shortText, 200),
  textField('longText', LIMITS.longText, 2000),
  z.strictObject({
    type: z.literal('number'),
    ...fieldBase,
    min: z.number().optional(),
    max: z.number().optional(),
    step: z.number().positive().optional(),
    unit: z.string().max(20).optional(),
  }),
  z.strictObject({ type: z.literal('boolean'), ...fieldBase }),
  z.strictObject({ type: z.literal('select'), ...fieldBase, options }),
  z.strictObject({
    type: z.literal('multiSelect'),
    ...fieldBase,
    options,
    maxItems: positiveInt(LIMITS.selectOptions).optional(),
  }),
  z.strictObject({ type: z.literal('date'), ...fieldBase, min: isoDateSchema.optional(), max: isoDateSchema.optional() }),
  z.strictObject({ type: z.literal('url'), ...fieldBase }),
  z.strictObject({ type: z.literal('email'), ...fieldBase }),
  z.strictObject({ type: z.literal('phone'), ...fieldBase }),
]);

/**
 * Free key/value attributes (`attributes.<key>` in the data record): text values under keys the
 * user (or an admin) chooses, beside the declared custom fields. Absent or `false`: disabled,
 * and no attributes anywhere (responses, patches, components).
 */
export const attributesConfigSchema = z.strictObject({
  /** The app's heading for the list; absent, each client names it in its language (English: `DEFAULT_LABELS.attributes`). */
  label: label.optional(),
  help: help.optional(),
  view: accessList.default(['self', 'admin']),
  edit: accessList.default(['self', 'admin']),
  /** Entries one account may hold. */
  maxEntries: z.number().int().min(1).max(LIMITS.attributeEntries).default(20),
  maxKeyLength: z.number().int().min(1).max(LIMITS.attributeKey).default(40),
  maxValueLength: z.number().int().min(1).max(LIMITS.attributeValue).default(500),
});

const builtinFieldInput = z.strictObject({
  label: label.optional(),
  help: help.optional(),
  required: z.boolean().optional(),
  view: accessList.optional(),
  edit: accessList.optional(),
});

const builtinFieldsInput = z
  .strictObject(
    Object.fromEntries(BUILTIN_FIELD_NAMES.map((name) => [name, builtinFieldInput.optional()])) as Record<
      BuiltinFieldName,
      z.ZodOptional<typeof builtinFieldInput>
    >,
  )
  .default({});

const channel = z.strictObject({ id: key, label });
const topic = z.strictObject({
  id: key,
  label,
  description: help.optional(),
  /** Always on (security notices): shown, never switchable off, and `shouldNotify` says yes. */
  mandatory: z.boolean().default(false),
  /** The value before the user chooses. */
  default: z.boolean().default(false),
  /** The channels this topic is sent on; all of them when absent. */
  channels: z.array(key).max(LIMITS.notificationChannels).optional(),
});

export const DEFAULT_NOTIFICATIONS = {
  channels: [
    { id: 'email', label: 'Email' },
    { id: 'push', label: 'Push' },
  ],
  topics: [
    {
      id: 'security',
      label: 'Security alerts',
      description: 'Sign-ins, password and email changes',
      mandatory: true,
      default: true,
    },
    { id: 'account', label: 'Account activity', mandatory: false, default: true },
    { id: 'product', label: 'Product news', mandatory: false, default: false },
  ],
};

const uniqueIds = (list: { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;

const rawConfigSchema = z.strictObject({
  fields: builtinFieldsInput,
  custom: z
    .record(key, customFieldSchema)
    .default({})
    .refine((c) => Object.keys(c).length <= LIMITS.customFields, `At most ${LIMITS.customFields} custom fields`),
  attributes: z.union([z.literal(false), attributesConfigSchema]).optional(),
  notifications: z
    .strictObject({
      channels: z.array(channel).min(1).max(LIMITS.notificationChannels).refine(uniqueIds, 'Channel ids must be unique'),
      topics: z.array(topic).max(LIMITS.notificationTopics).refine(uniqueIds, 'Topic ids must be unique'),
    })
    .default(DEFAULT_NOTIFICATIONS),
  /** The password policy (`checkPasswordPolicy`); served to the client by `GET /config`, so its meter uses the same numbers. */
  password: passwordConfigSchema,
  /**
   * Who may export, delete, suspend and create accounts: access lists like the fields' (`self`
   * or role names). Defaults: export and delete `self` + the admin roles, suspend and create the
   * admin roles.
   */
  lifecycle: lifecycleInputSchema,
  /** Roles that may open other accounts' profiles, list accounts and read audit logs. */
  adminRoles: z.array(z.string().regex(ROLE_PATTERN)).min(1).max(LIMITS.accessRules).default(['admin']),
});

/**
 * The field config: JSON-serialisable, validated, with every default filled in. Build it with
 * `defineProfileConfig`; the server serves it (resolved for the viewer) and the components
 * render from it.
 */
export const profileConfigSchema = rawConfigSchema
  .transform(({ fields, attributes, lifecycle, ...rest }) => ({
    ...rest,
    lifecycle: resolveLifecycle(lifecycle, rest.adminRoles),
    ...(attributes ? { attributes } : {}),
    fields: Object.fromEntries(
      BUILTIN_FIELD_NAMES.map((name) => {
        const spec = BUILTIN_FIELDS[name];
        const given = fields[name] ?? {};
        return [
          name,
          {
            // Only the app's own label: a client names the others by the field's id, in its language.
            ...(given.label !== undefined ? { label: given.label } : {}),
            ...(given.help !== undefined ? { help: given.help } : {}),
            required: given.required ?? false,
            view: given.view ?? [...spec.view],
            edit: given.edit ?? [...spec.edit],
          },
        ];
      }),
    ) as Record<BuiltinFieldName, BuiltinFieldConfig>,
  }))
  .superRefine((config, ctx) => {
    for (const name of BUILTIN_FIELD_NAMES) {
      const lock = builtinLock(name);
      const field = config.fields[name];
      if (lock && lock !== 'email-flow' && field.edit.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['fields', name, 'edit'], message: `${name} can never be edited` });
      }
      if (name === 'pendingEmail' || name === 'emailVerified') {
        if (field.edit.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['fields', name, 'edit'],
            message: `${name} changes only through the email flow; set fields.email.edit instead`,
          });
        }
      }
    }
    for (const [key, field] of Object.entries(config.custom)) {
      if ('min' in field && 'max' in field && field.min !== undefined && field.max !== undefined && field.min > field.max) {
        ctx.addIssue({ code: 'custom', path: ['custom', key], message: 'min is greater than max' });
      }
      if ('minLength' in field && field.minLength !== undefined && field.minLength > field.maxLength) {
        ctx.addIssue({ code: 'custom', path: ['custom', key], message: 'minLength is greater than maxLength' });
      }
    }
    const channels = new Set(config.notifications.channels.map((c) => c.id));
    for (const t of config.notifications.topics) {
      for (const c of t.channels ?? []) {
        if (!channels.has(c)) {
          ctx.addIssue({ code: 'custom', path: ['notifications', 'topics'], message: `Topic ${t.id}: unknown channel ${c}` });
        }
      }
    }
    if (config.password.minLength > config.password.maxLength) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'minLength is greater than maxLength' });
    }
  });

export interface BuiltinFieldConfig {
  /**
   * The app's label for the field, shown as it is in every language. Absent: the built-in default,
   * which each client names in its language by the field's id (the React components from their
   * messages, `common.fieldLabels`; English: `DEFAULT_LABELS`).
   */
  label?: string;
  help?: string;
  required: boolean;
  view: string[];
  edit: string[];
}

/** What an app writes: every part optional. */
export type ProfileConfigInput = z.input<typeof profileConfigSchema>;
/** The resolved config, every default filled in. */
export type ProfileConfig = z.output<typeof profileConfigSchema>;
export type CustomFieldConfig = z.output<typeof customFieldSchema>;
export type CustomFieldType = CustomFieldConfig['type'];
/** The free attributes' settings, when the config enables them. */
export type AttributesConfig = z.output<typeof attributesConfigSchema>;
export type NotificationChannelConfig = ProfileConfig['notifications']['channels'][number];
export type NotificationTopicConfig = ProfileConfig['notifications']['topics'][number];
