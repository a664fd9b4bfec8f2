import { useId, useState } from 'react';
import type { Profile } from '../../../core/browser';
import { useFieldAccess } from '../../hooks/use-field-access';
import { useProfile } from '../../hooks/use-profile';
import { useMessages } from '../../i18n/use-messages';
import { cx } from '../../ui/class-names';
import { ProfileGate } from '../../ui/profile-gate';
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

/**
 * The root's `data-state`: `loading`, `error` (could not load; retry offered), `ready`,
 * `readonly` (the viewer may not change these), `dirty` (unsaved changes: save-button mode's
 * draft, or, in instant mode, switches still showing a choice whose conflict dialog was closed
 * without an answer; "Save again" shows it anew), `saving`, `saved`, `failed` (the last save
 * failed), `conflict` (someone saved meanwhile: the conflict dialog is open).
 */
export type NotificationPrefsState = 'loading' | 'error' | 'ready' | 'readonly' | 'dirty' | 'saving' | 'saved' | 'failed' | 'conflict';

/**
 * Notification preferences as a channel x topic grid of switches, with values from
 * `resolveNotifications` (the user's choice, else the topic's default). Mandatory topics are on
 * and locked with their reason. Renders nothing when the viewer may not see the preferences.
 */
export function NotificationPrefs({ userId, className, mode = 'instant', onSaved }: NotificationPrefsProps) {
  const messages = useMessages().notifications;
  const titleId = useId();
  const [editorState, setEditorState] = useState<NotificationPrefsState>('ready');
  const profile = useProfile(userId);
  const { config, access, error } = useFieldAccess(userId);
  const loaded = Boolean(profile.data && config && access);
  if (loaded && !access?.notifications?.visible) return null;
  const state: NotificationPrefsState = profile.error || error ? 'error' : loaded ? editorState : 'loading';
  return (
    <section
      className={cx('pk-root pk-notification-prefs', className)}
      data-pk-component="notification-prefs"
      data-pk-mode={mode}
      data-state={state}
    >
      <h2 id={titleId} className="pk-section-title">
        {messages.title}
      </h2>
      <ProfileGate userId={userId} rows={3}>
        {(gate) => (
          <NotificationEditor
            key={mode}
            userId={userId}
            profile={gate.profile}
            config={gate.config}
            access={gate.access}
            mode={mode}
            titleId={titleId}
            onSaved={onSaved}
            onStateChange={setEditorState}
          />
        )}
      </ProfileGate>
    </section>
  );
}

