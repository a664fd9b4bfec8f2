import type { ProfilePatch } from '../schemas/parse-profile-patch';

type Keyed = Record<string, unknown>;

/** `map` with `changes` merged key by key: a `null` removes the key, keys not named stay. */
function mergeKeys(map: unknown, changes: Keyed): Keyed {
  const next: Keyed = { ...(map as Keyed | undefined) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Notification choices merged channel by channel, topic by topic. */
function mergeNotifications(prefs: unknown, changes: Record<string, Keyed>): Record<string, Keyed> {
  const next: Record<string, Keyed> = { ...(prefs as Record<string, Keyed> | undefined) };
  for (const [channel, topics] of Object.entries(changes)) next[channel] = { ...next[channel], ...topics };
  return next;
}

/**
 * `target` with `patch` merged in, the way the service saves it: `notifications` channel by
 * channel and topic by topic, `custom` and `attributes` key by key (`null` removes the key, keys
 * not named stay), any other key the patch sets replaced. `target` is either a profile (an
 * optimistic update of what the viewer sees) or a stored record holding the patch's keys.
 *
 * Not applied here, since they need the stored account: `apiKeys` (a list of keys to keep and
 * relabel), the split of `name` into given and family name, and the limit on free attributes.
 * Nothing is changed in place: the result shares untouched values with `target`.
 */
export function mergePatch<T extends object>(target: T, patch: ProfilePatch): T {
  const next: Keyed = { ...(target as Keyed) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'apiKeys') continue;
    if (key === 'notifications') next[key] = mergeNotifications(next[key], value as Record<string, Keyed>);
    else if (key === 'custom' || key === 'attributes') next[key] = mergeKeys(next[key], value as Keyed);
    else next[key] = value;
  }
  return next as T;
}
