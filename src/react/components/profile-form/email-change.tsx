import { useState } from 'react';
import type { Profile } from '../../../core/browser';
import { useFieldAccess } from '../../hooks/use-field-access';
import { useProfile } from '../../hooks/use-profile';
import { cx } from '../../ui/class-names';
import { ErrorState } from '../../ui/error-state';
import { Skeleton } from '../../ui/skeleton';
import { EmailChangePanel } from './email-change-view';

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

/**
 * The viewer's own email and how to change it: the address (read-only, with its verified badge),
 * a "Change email" form (new address and current password; a link goes to the new address, the
 * account keeps the old one until it is opened), and while an address is pending, a banner with
 * "Resend link" and "Cancel change". For the signed-in viewer only: admins set other users'
 * addresses in AdminUserDetail.
 */
export function EmailChange({ className, onRequested, onCancelled }: EmailChangeProps) {
  const profile = useProfile();
  const { config, access, error: configError, refetch } = useFieldAccess();
  const [state, setState] = useState<EmailChangeState>('ready');
  const loaded = profile.data && config && access ? { profile: profile.data, config, access } : null;
  const error = loaded ? null : (profile.error ?? configError);
  return (
    <div className={cx('pk-root pk-email-change', className)} data-pk-component="email-change" data-state={error ? 'error' : loaded ? state : 'loading'}>
      {loaded ? (
        <EmailChangePanel {...loaded} onRequested={onRequested} onCancelled={onCancelled} onStateChange={setState} />
      ) : error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            if (profile.error) void profile.refetch();
            if (configError) void refetch();
          }}
        />
      ) : (
        <Skeleton rows={1} />
      )}
    </div>
  );
}
