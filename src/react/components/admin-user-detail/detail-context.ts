import type * as z from 'zod';
import type { Profile, ProfilePatch, SetUserEmailInput, ViewerConfig } from '../../../core/browser';
import type { SettledSave } from '../../hooks/use-save-profile';

/**
 * What every row of `AdminUserDetail` shares. One stable object for the whole screen, so a row
 * re-renders only when its own value changes.
 */
export interface DetailContext {
  userId: string;
  /** The admin is looking at their own account. */
  isSelf: boolean;
  config: ViewerConfig;
  /** The core's patch schema for what this viewer may edit on this profile. */
  schema: z.ZodType;
  /** Saves one row's patch based on `basedOn`; a conflict settles with the admin's choice in the dialog. */
  saveField: (patch: ProfilePatch, basedOn: number | undefined) => Promise<SettledSave>;
  /** Sets the user's email through the same saver, queue and conflict dialog. */
  setEmail: (input: SetUserEmailInput, basedOn: number | undefined) => Promise<SettledSave>;
  /** The profile as the cache holds it now (read at commit time, not rendered from). */
  currentProfile: () => Profile | undefined;
  currentVersion: () => number | undefined;
  /** Says something in the screen's polite live region ("Phone saved."). */
  announce: (message: string) => void;
}
