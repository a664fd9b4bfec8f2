import * as z from 'zod';
import { BUILTIN_FIELD_NAMES, builtinLock } from '../config/builtin-fields';
import type { ProfileConfig } from '../config/profile-config-schema';
import type { FieldAccessMap } from '../config/resolve-field-access';
import { notificationsPatchSchema } from '../notifications/notification-rules';
import { attributesPatchSchema } from './attributes-schema';
import { builtinPatchSchemas, NULLABLE_BUILTINS } from './builtin-value-schemas';
import { customValueSchema, isEmptyValue } from './custom-field-schema';
import { withIssue } from './zod-issue';

/**
 * The config parts a patch schema derives from. `fields` may be partial (a `ViewerConfig` holds
 * only the fields the viewer sees; an editable field is always among them).
 */
type PatchConfig = Pick<ProfileConfig, 'custom' | 'notifications' | 'attributes'> & { fields: Partial<ProfileConfig['fields']> };

/**
 * `null` (or a blank string) clears an optional field and is refused for a required one, so
 * a cleared input in a form means "no value" whatever the field's type.
 */
function clearable<T extends z.ZodType>(schema: T, required: boolean) {
  const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
  if (required) {
    return z.preprocess(
      blankToNull,
      z.custom<unknown>((value) => value !== null, withIssue('required')).pipe(schema).refine((value) => !isEmptyValue(value), withIssue('required')),
    );
  }
  // `nullable`, not a union with null: a union would hide the value's own message ("At most 2")
  // behind "Invalid input".
  return z.preprocess(blankToNull, schema.nullable());
}

/**
 * The strict patch schema for the fields `access` lets the viewer edit: unknown keys refused,
 * no coercion, every string and array capped. Fields changed by their own flow (email) and
 * locked fields are never part of it. Free `attributes` are, when the config enables them and
 * the viewer may edit them (the entry count after merging is the service's check).
 */
export function createPatchSchema(config: PatchConfig, access: FieldAccessMap): z.ZodObject {
  // Building the schema costs about 100x parsing with it, and the server parses on every save:
  // one schema per config object and set of editable fields (configs are treated as immutable).
  // An access map seen before (the service shares one per roles and self-ness) finds it at once.
  const known = byAccessMap.get(access);
  if (known?.config === config) return known.schema;
  const editable = Object.keys(access).filter((name) => access[name]?.editable).sort().join(',');
  let byAccess = schemaCache.get(config);
  if (!byAccess) schemaCache.set(config, (byAccess = new Map()));
  let schema = byAccess.get(editable);
  if (!schema) {
    if (byAccess.size >= 64) byAccess.clear();
    byAccess.set(editable, (schema = buildPatchSchema(config, access)));
  }
  if (Object.isFrozen(access)) byAccessMap.set(access, { config, schema });
  return schema;
}

// Frozen maps only: a map that can still change could name other editable fields next time.
const byAccessMap = new WeakMap<FieldAccessMap, { config: PatchConfig; schema: z.ZodObject }>();

const schemaCache = new WeakMap<PatchConfig, Map<string, z.ZodObject>>();

function buildPatchSchema(config: PatchConfig, access: FieldAccessMap): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const name of BUILTIN_FIELD_NAMES) {
    if (!access[name]?.editable || builtinLock(name)) continue;
    const required = config.fields[name]?.required ?? false;
    if (name === 'notifications') {
      shape[name] = notificationsPatchSchema(config.notifications).optional();
      continue;
    }
    const schema = builtinPatchSchemas[name as keyof typeof builtinPatchSchemas];
    shape[name] = (NULLABLE_BUILTINS.has(name) ? clearable(schema, required) : schema).optional();
  }
  const custom: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(config.custom)) {
    if (!access[`custom.${key}`]?.editable) continue;
    custom[key] = clearable(customValueSchema(field), field.required).optional();
  }
  if (Object.keys(custom).length > 0) shape.custom = z.strictObject(custom).optional();
  if (config.attributes && access.attributes?.editable) shape.attributes = attributesPatchSchema(config.attributes).optional();
  return z.strictObject(shape);
}
