import type { Profile } from '../../../core/browser';

export interface ProfileFormProps {
  /** Whose profile: absent for the viewer's own; an id for another user's (admins: saves go through `updateUser`). */
  userId?: string;
  /** Added to the root element's classes (`pk-root pk-profile-form`). */
  className?: string;
  /** After every successful save (an "overwrite with mine" included), with the profile as saved. */
  onSaved?: (profile: Profile) => void;
  /**
   * Whenever the form goes from clean to dirty or back (warn before leaving the page); also
   * `false` when the form unmounts while dirty. Not called for the initial, clean state.
   */
  onDirtyChange?: (dirty: boolean) => void;
  /**
   * Show the email change (the address with its verified badge, "Change email" with new address
   * and current password, the pending-email banner) at the top of the form. Default `true`;
   * only ever on the viewer's own profile (with `userId` of someone else the email is shown
   * read-only: admins change it in AdminUserDetail).
   */
  emailChange?: boolean;
  /**
   * Also show the declared custom fields (edited with `CustomFieldInput`, validated and saved
   * with the rest). Default `false`: `CustomFieldsEditor` is their usual home.
   */
  customFields?: boolean;
}

/**
 * The root's `data-state`: `loading`, `error` (could not load; retry offered), `ready`,
 * `readonly` (nothing the viewer may change), `saving`, `conflict` (the version dialog is open).
 */
export type ProfileFormState = 'loading' | 'error' | 'ready' | 'readonly' | 'saving' | 'conflict';
