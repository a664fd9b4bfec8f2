import type { DeletionResult, Profile } from '../../../core/browser';

export interface DeleteAccountProps {
  /** Added to the root element's classes (`pk-root pk-delete-account`). */
  className?: string;
  /**
   * The account was erased at once (the server's grace period is 0): the viewer's session has
   * no account any more. Sign them out here.
   */
  onErased?: () => void;
  /** The erasure was scheduled, with its date (`purgeAt`). */
  onScheduled?: (result: DeletionResult) => void;
  /** The viewer cancelled the scheduled erasure, with the profile as it now is (`active`). */
  onCancelled?: (profile: Profile) => void;
}

/**
 * The root's `data-state`: `loading` / `error` (could not load), then `idle` (the button that
 * opens the confirmation), `confirming` (the form is open), `deleting`, `scheduled` (an erasure
 * is pending: its date and the cancel form), `cancelling`, `erased` (gone at once), `failed`
 * (the last step failed with no field to land on: rate limited, offline, refused state).
 */
export type DeleteAccountState = 'loading' | 'error' | 'idle' | 'confirming' | 'deleting' | 'scheduled' | 'cancelling' | 'erased' | 'failed';
