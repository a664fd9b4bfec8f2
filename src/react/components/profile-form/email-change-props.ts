import type { Profile } from '../../../core/browser';
import type { ShellRoot } from '../../ui/profile-shell';

export interface EmailChangeProps {
  /** Added to the root element's classes (`pk-root pk-email-change`). */
  className?: string;
  /** After a confirmation link was sent (first request or resend), with the profile now holding `pendingEmail`. */
  onRequested?: (profile: Profile) => void;
  /** After the pending change was cancelled, with the profile as it now is. */
  onCancelled?: (profile: Profile) => void;
}

/**
 * The root's `data-state`: `loading`, `error` (could not load), `ready`, `pending` (an address
 * awaits confirmation), `editing` (the form is open), `sending`, `cancelling`, `readonly` (the
 * viewer may not change their email).
 */
export type EmailChangeState = 'loading' | 'error' | 'ready' | 'pending' | 'editing' | 'sending' | 'cancelling' | 'readonly';

/** The root of an EmailChange, alone or inside a ProfileForm. */
export const EMAIL_CHANGE_ROOT: ShellRoot = { component: 'email-change', rootClass: 'pk-email-change' };
