import type { ViewerConfig } from '../../../core/browser';

/** The labels of a cell's topic and channel (`channel.topic`), as the config names them. */
export function cellNames(config: ViewerConfig, key: string) {
  const [channel, topic] = key.split('.') as [string, string];
  return {
    topic: config.notifications.topics.find((t) => t.id === topic)?.label ?? topic,
    channel: config.notifications.channels.find((c) => c.id === channel)?.label ?? channel,
  };
}
