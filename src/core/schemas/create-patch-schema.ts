import * as z from 'zod';
import { BUILTIN_FIELD_NAMES, builtinLock } from '../config/builtin-fields';
import type { ProfileConfig } from '../config/profile-config-schema';
import type { FieldAccessMap } from '../config/resolve-field-access';
import { notificationsPatchSchema } from '../notifications/notification-rules';
import { builtinPatchSchemas, NULLABLE_BUILTINS } from './builtin-value-schemas';
import { customValueSchema, isEmptyValue } from './custom-field-schema';

type PatchConfig = Pick<ProfileConfig, 'fields' | 'custom' | 'notifications'>;

/**
 * `null` (or a blank string) clears an optional field and is refused for a required one, so
 * a cleared input in a form means "no value" whatever the field's type.
 */
function clearable<T extends z.ZodType>(schema: T, required: boolean) {
  const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
  if (required) {
    return z.preprocess(
      blankToNull,
      z.custom<unknown>((value) => value !== null, 'Required').pipe(schema).refine((value) => !isEmptyValue(value), 'Required'),
    );
  }
  return z.preprocess(blankToNull, z.union([z.null(), schema]));
}

/**
 * The strict patch schema for the fields `access` lets the viewer edit: unknown keys refused,
 * no coercion, every string and array capped. Fields changed by their own flow (email) and
 * locked fields are never part of it.
 */
export function createPatchSchema(config: PatchConfig, access: FieldAccessMap) {
  const shape: Record<string, z.ZodType> = {};
  for (const name of BUILTIN_FIELD_NAMES) {
    if (!access[name]?.editable || builtinLock(name)) continue;
    const field = config.fields[name];
    if (name === 'notifications') {
      shape[name] = notificationsPatchSchema(config.notifications).optional();
      continue;
    }
    const schema = builtinPatchSchemas[name as keyof typeof builtinPatchSchemas];
    shape[name] = (NULLABLE_BUILTINS.has(name) ? clearable(schema, field.required) : schema).optional();
  }
  const custom: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(config.custom)) {
    if (!access[`custom.${key}`]?.editable) continue;
    custom[key] = clearable(customValueSchema(field), field.required).optional();
  }
  if (Object.keys(custom).length > 0) shape.custom = z.strictObject(custom).optional();
  return z.strictObject(shape);
}
