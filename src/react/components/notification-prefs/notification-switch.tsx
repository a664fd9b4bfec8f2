import { memo } from 'react';

export interface NotificationSwitchProps {
  id: string;
  channel: string;
  topic: string;
  /** Accessible name: "<topic> by <channel>". */
  label: string;
  checked: boolean;
  /**
   * Shown but not switchable (a mandatory topic, or no permission): `aria-readonly`, still
   * focusable (not `disabled`), and a change is refused. The reason goes in `describedBy`.
   */
  locked: boolean;
  /** Space-separated ids of the reason and help texts. */
  describedBy?: string;
  /** A save of this switch is on its way. */
  busy: boolean;
  /** Must be stable (same function every render), or every switch re-renders. */
  onToggle: (channel: string, topic: string, on: boolean) => void;
}

/**
 * One cell of the notification grid: a native checkbox with the switch role. Memoized, with
 * only primitive props and a stable callback, so toggling one switch re-renders no other.
 */
export const NotificationSwitch = memo(function NotificationSwitch({
  id,
  channel,
  topic,
  label,
  checked,
  locked,
  describedBy,
  busy,
  onToggle,
}: NotificationSwitchProps) {
  return (
    <input
      type="checkbox"
      role="switch"
      className="pk-switch"
      id={id}
      aria-label={label}
      checked={checked}
      aria-readonly={locked || undefined}
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
      data-pk-switch={`${channel}.${topic}`}
      data-state={checked ? 'on' : 'off'}
      onChange={(event) => {
        // Controlled: refusing the change leaves it as it was.
        if (!locked) onToggle(channel, topic, event.currentTarget.checked);
      }}
    />
  );
});
