import type { NotificationPrefs as NotificationValues, ProfilePatch } from '../../../core/browser';

/** Changed cells, keyed `channel.topic` (see `cellKey`), with the value each is set to. */
export type Cells = Record<string, boolean>;

/** The patch that sets `cells`. */
export function toPatch(cells: Cells): ProfilePatch {
  const notifications: Record<string, Record<string, boolean>> = {};
  for (const [key, value] of Object.entries(cells)) {
    const [channel, topic] = key.split('.') as [string, string];
    (notifications[channel] ??= {})[topic] = value;
  }
  return { notifications };
}

/** The notification cells a patch sets (the inverse of `toPatch`). */
export function cellsOf(patch: ProfilePatch): Cells {
  const cells: Cells = {};
  for (const [channel, topics] of Object.entries(patch.notifications ?? {})) {
    for (const [topic, value] of Object.entries(topics ?? {})) if (typeof value === 'boolean') cells[`${channel}.${topic}`] = value;
  }
  return cells;
}

/** `values` with `cells` laid over them; cells of no shown switch are ignored. */
export function withCells(values: NotificationValues, cells: Cells): NotificationValues {
  const entries = Object.entries(cells);
  if (entries.length === 0) return values;
  const next: NotificationValues = { ...values };
  for (const [key, value] of entries) {
    const [channel, topic] = key.split('.') as [string, string];
    if (next[channel]?.[topic] !== undefined) next[channel] = { ...next[channel], [topic]: value };
  }
  return next;
}
