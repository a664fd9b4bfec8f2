import type { NotificationPrefs, ViewerConfig } from '../../../core/browser';
import { formatMessage } from '../../i18n/messages';
import { useMessages } from '../../i18n/use-messages';
import { NotificationSwitch } from './notification-switch';

/** The key of one channel x topic cell (ids are letters, digits and `_`). */
export const cellKey = (channel: string, topic: string) => `${channel}.${topic}`;

/** The id of a cell's switch. */
export const switchId = (idPrefix: string, key: string) => `${idPrefix}-${key}`;

export interface NotificationGridProps {
  /** Prefix of the ids of switches and reason texts. */
  idPrefix: string;
  /** Id of the heading naming the table. */
  labelledBy: string;
  notifications: ViewerConfig['notifications'];
  /** Every cell's value as shown (saved value, draft or pending change). */
  values: NotificationPrefs;
  /** Cells being saved. */
  busy: ReadonlySet<string>;
  /** Cells showing a choice not saved yet (a conflict to resolve): marked, and described by `unsavedReasonId`. */
  unsaved?: Readonly<Record<string, boolean>>;
  /** Id of the text saying why the `unsaved` cells are not saved. */
  unsavedReasonId?: string;
  /** Id of the text saying why nothing here can be changed; absent when the viewer may change them. */
  readOnlyReasonId?: string;
  onToggle: (channel: string, topic: string, on: boolean) => void;
}

/**
 * Channels as columns, topics as rows (description as help), a switch per cell the topic is
 * sent on and a dash elsewhere. Mandatory topics are on, locked, and say why.
 */
export function NotificationGrid({ idPrefix, labelledBy, notifications, values, busy, unsaved, unsavedReasonId, readOnlyReasonId, onToggle }: NotificationGridProps) {
  const messages = useMessages().notifications;
  const { channels, topics } = notifications;
  return (
    <div className="pk-notification-scroll">
      <table className="pk-notification-grid" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className="pk-notification-corner">
              <span className="pk-visually-hidden">{messages.topic}</span>
            </th>
            {channels.map((channel) => (
              <th key={channel.id} scope="col" data-pk-channel={channel.id}>
                {channel.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => {
            const helpId = topic.description ? `${idPrefix}-${topic.id}-help` : undefined;
            const mandatoryId = topic.mandatory ? `${idPrefix}-${topic.id}-mandatory` : undefined;
            const describedBy = [readOnlyReasonId, mandatoryId, helpId].filter(Boolean).join(' ') || undefined;
            return (
              <tr key={topic.id} data-pk-topic={topic.id} data-state={topic.mandatory ? 'mandatory' : undefined}>
                <th scope="row" className="pk-notification-topic">
                  <span className="pk-notification-topic-label">{topic.label}</span>
                  {topic.description ? (
                    <span className="pk-help" id={helpId}>
                      {topic.description}
                    </span>
                  ) : null}
                  {topic.mandatory ? (
                    <span className="pk-reason" id={mandatoryId}>
                      {messages.mandatory}
                    </span>
                  ) : null}
                </th>
                {channels.map((channel) => {
                  const key = cellKey(channel.id, topic.id);
                  const value = values[channel.id]?.[topic.id];
                  const names = { topic: topic.label, channel: channel.label };
                  if (value === undefined) {
                    return (
                      <td key={channel.id} className="pk-notification-cell" data-pk-cell={key} data-state="none">
                        <span aria-hidden="true">—</span>
                        <span className="pk-visually-hidden">{formatMessage(messages.notSent, names)}</span>
                      </td>
                    );
                  }
                  const isUnsaved = unsaved?.[key] !== undefined;
                  return (
                    <td key={channel.id} className="pk-notification-cell" data-pk-cell={key} data-state={isUnsaved ? 'unsaved' : undefined}>
                      <NotificationSwitch
                        id={switchId(idPrefix, key)}
                        channel={channel.id}
                        topic={topic.id}
                        label={formatMessage(messages.switchLabel, names)}
                        checked={value}
                        locked={Boolean(readOnlyReasonId) || topic.mandatory}
                        describedBy={isUnsaved && unsavedReasonId ? [unsavedReasonId, describedBy].filter(Boolean).join(' ') : describedBy}
                        busy={busy.has(key)}
                        onToggle={onToggle}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
