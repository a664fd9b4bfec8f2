import { useId } from 'react';
import type { Profile } from '../../../core/browser';
import { useMessages } from '../../i18n/use-messages';
import { ProfileShell, type ShellRoot } from '../../ui/profile-shell';
import { NotificationEditor } from './notification-editor';

export interface NotificationPrefsProps {
  /** Whose preferences: absent for the viewer's own; an id for another user's (admins). */
  userId?: string;
  /** Added to the root element's classes (`pk-root pk-notification-prefs`). */
  className?: string;
  /**
   * `instant` (default): each switch saves at once, shown on before the server answers and turned
   * back (with an alert naming it) if the save fails. `save-button`: changes wait for Save (only
   * the changed switches are sent) and Reset drops them.
   */
  mode?: 'instant' | 'save-button';
  /** After each successful save (every switch in `instant` mode), with the profile as saved. */
  onSaved?: (profile: Profile) => void;
}

export type { NotificationPrefsState } from './use-notification-prefs-controller';

/**
 * Notification preferences as a channel x topic grid of switches, with values from
 * `resolveNotifications` (the user's choice, else the topic's default). Mandatory topics are on
 * and locked with their reason. Renders nothing when the viewer may not see the preferences.
 */
export function NotificationPrefs({ userId, className, mode = 'instant', onSaved }: NotificationPrefsProps) {
  const messages = useMessages().notifications;
  const titleId = useId();
  const header = (
    <h2 id={titleId} className="pk-section-title">
      {messages.title}
    </h2>
  );
  const root: ShellRoot = { component: 'notification-prefs', rootClass: 'pk-notification-prefs', className, as: 'section', 'data-pk-mode': mode };
  return (
    <ProfileShell userId={userId} root={root} rows={3} header={header}>
      {(loaded, shellRoot) =>
        loaded.access.notifications?.visible ? (
          <NotificationEditor key={mode} options={{ userId, loaded, mode, onSaved }} root={shellRoot} header={header} titleId={titleId} />
        ) : null
      }
    </ProfileShell>
  );
}
