import type { Profile } from '../../../core';

export interface ProfileFormProps {
  /** Whose profile: absent for the viewer's own; an id for another user's (admins). */
  userId?: string;
  className?: string;
  /** After a successful save, with the profile as saved. */
  onSaved?: (profile: Profile) => void;
  /** Whenever the form goes from clean to dirty or back (warn before leaving the page). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Show the email change (new address + current password, pending banner). Default `true` on the viewer's own profile. */
  emailChange?: boolean;
}

/** TODO(issue 4): being built. */
export function ProfileForm(_props: ProfileFormProps) {
  return null;
}
