import * as z from 'zod';
import type { NotificationTopicConfig, ProfileConfig } from '../config/profile-config-schema';
import type { NotificationPrefs } from '../schemas/builtin-value-schemas';

type NotificationsConfig = ProfileConfig['notifications'];

function topicApplies(topic: NotificationTopicConfig, channel: string): boolean {
  return topic.channels === undefined || topic.channels.includes(channel);
}

/**
 * The schema of a notifications patch: `{ [channel]: { [topic]: boolean } }`, partial, only the
 * declared channels and the topics sent on each. A mandatory topic only accepts `true`.
 */
export function notificationsPatchSchema(config: NotificationsConfig) {
  return z.strictObject(
    Object.fromEntries(
      config.channels.map((channel) => [
        channel.id,
        z
          .strictObject(
            Object.fromEntries(
              config.topics
                .filter((topic) => topicApplies(topic, channel.id))
                .map((topic) => [
                  topic.id,
                  (topic.mandatory
                    ? z.literal(true, `${topic.label} can't be turned off`)
                    : z.boolean()
                  ).optional(),
                ]),
            ),
          )
          .optional(),
      ]),
    ),
  );
}

/** Every channel x topic cell with the user's choice or the topic's default filled in. */
export function resolveNotifications(config: NotificationsConfig, prefs: NotificationPrefs | undefined): NotificationPrefs {
  const resolved: NotificationPrefs = {};
  for (const channel of config.channels) {
    const cells: Record<string, boolean> = {};
    for (const topic of config.topics) {
      if (!topicApplies(topic, channel.id)) continue;
      cells[topic.id] = topic.mandatory ? true : (prefs?.[channel.id]?.[topic.id] ?? topic.default);
    }
    resolved[channel.id] = cells;
  }
  return resolved;
}

/** An account in either shape: as a store keeps it, or as the API returns it. */
export type NotifiableAccount = { notifications?: NotificationPrefs } | { data: { notifications: NotificationPrefs } };

/**
 * Whether to send `topic` to the account on `channel`: always for a mandatory topic, otherwise
 * the user's choice, else the topic's default. Notification code calls this before every send.
 * Throws a `TypeError` for a channel or topic the config does not declare (a bug in the caller),
 * and answers `false` for a topic not sent on that channel.
 */
export function shouldNotify(
  account: NotifiableAccount,
  channel: string,
  topic: string,
  config: Pick<ProfileConfig, 'notifications'>,
): boolean {
  const { channels, topics } = config.notifications;
  const topicConfig = topics.find((t) => t.id === topic);
  if (!channels.some((c) => c.id === channel)) throw new TypeError(`Unknown notification channel: ${channel}`);
  if (!topicConfig) throw new TypeError(`Unknown notification topic: ${topic}`);
  if (!topicApplies(topicConfig, channel)) return false;
  if (topicConfig.mandatory) return true;
  const prefs = 'data' in account ? account.data.notifications : account.notifications;
  return prefs?.[channel]?.[topic] ?? topicConfig.default;
}
