import type { Profile } from '../../../core';

export interface NotificationPrefsProps {
  /** Whose preferences: absent for the viewer's own; an id for another user's (admins). */
  userId?: string;
  className?: string;
  /** `instant` (default): each switch saves at once, optimistically, rolled back on error. `save-button`: changes wait for Save. */
  mode?: 'instant' | 'save-button';
  onSaved?: (profile: Profile) => void;
}

/** TODO(issue 4): being built. */
export function NotificationPrefs(_props: NotificationPrefsProps) {
  return null;
}
