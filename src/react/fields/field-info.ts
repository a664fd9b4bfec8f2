import type { CustomFieldConfig, ViewerConfig } from '../../core/browser';

/** What the UI needs to name and show one field path (`phone`, `custom.height`, `notifications.email.security`, `attributes.team`). */
export interface FieldInfo {
  path: string;
  label: string;
  /** The custom field's declaration, for custom paths. */
  custom?: CustomFieldConfig;
}

/** Label (from the config, so the app's wording) and declaration of a field path. */
export function fieldInfo(config: ViewerConfig, path: string): FieldInfo {
  const [head, ...rest] = path.split('.');
  if (head === 'custom' && rest.length === 1) {
    const custom = config.custom[rest[0]!];
    return { path, label: custom?.label ?? rest[0]!, custom };
  }
  if (head === 'attributes' && rest.length > 0) {
    // A free attribute: its key is the rest of the path, dots and all.
    return { path, label: `${config.attributes?.label ?? head}: ${rest.join('.')}` };
  }
  if (head === 'notifications' && rest.length === 2) {
    const channel = config.notifications.channels.find((c) => c.id === rest[0]);
    const topic = config.notifications.topics.find((t) => t.id === rest[1]);
    return { path, label: `${topic?.label ?? rest[1]} (${channel?.label ?? rest[0]})` };
  }
  const builtin = config.fields[head as keyof ViewerConfig['fields']];
  return { path, label: builtin?.label ?? path };
}

/** The field paths a patch touches, flattened: `{ custom: { a: 1 } }` -> `custom.a` (and `attributes.<key>` likewise). */
export function patchPaths(patch: Record<string, unknown>): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if ((key === 'custom' || key === 'attributes') && value && typeof value === 'object') {
      for (const k of Object.keys(value)) paths.push(`${key}.${k}`);
    } else if (key === 'notifications' && value && typeof value === 'object') {
      for (const [channel, topics] of Object.entries(value as Record<string, object>)) {
        for (const topic of Object.keys(topics)) paths.push(`notifications.${channel}.${topic}`);
      }
    } else paths.push(key);
  }
  return paths;
}

/** The value at a field path of a profile or patch (`undefined` when absent). */
export function valueAt(source: Record<string, unknown> | undefined, path: string): unknown {
  let value: unknown = source;
  // A free attribute's key may hold dots: `attributes.shoe.size` is the key `shoe.size`.
  const parts = path.startsWith('attributes.') ? ['attributes', path.slice('attributes.'.length)] : path.split('.');
  for (const part of parts) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
