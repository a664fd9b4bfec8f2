import type { Profile, ProfilePatch } from '../../core/browser';

/**
 * The profile as it will look once `patch` is saved, for optimistic updates: keys merge the way
 * the service merges them (notifications, custom and attributes key by key, `null` clears). The server's
 * answer replaces it (name splitting, normalisation).
 */
export function mergePatch(profile: Profile, patch: ProfilePatch): Profile {
  const next: Profile = { ...profile };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'custom' && value) {
      const custom = { ...profile.custom };
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === null) delete custom[k];
        else custom[k] = v as never;
      }
      next.custom = custom;
    } else if (key === 'attributes' && value) {
      const attributes = { ...profile.attributes };
      for (const [k, v] of Object.entries(value as Record<string, string | null>)) {
        if (v === null) delete attributes[k];
        else attributes[k] = v;
      }
      next.attributes = attributes;
    } else if (key === 'notifications' && value) {
      const notifications = { ...profile.notifications };
      for (const [channel, topics] of Object.entries(value as Record<string, Record<string, boolean>>)) {
        notifications[channel] = { ...notifications[channel], ...topics };
      }
      next.notifications = notifications;
    } else if (key !== 'apiKeys') {
      (next as Record<string, unknown>)[key] = value;
    }
  }
  return next;
}
