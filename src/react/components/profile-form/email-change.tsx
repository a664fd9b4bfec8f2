import { ProfileShell } from '../../ui/profile-shell';
import type { EmailChangeProps } from './email-change-props';
import { EMAIL_CHANGE_ROOT } from './email-change-props';
import { EmailChangeView } from './email-change-view';

export type { EmailChangeProps, EmailChangeState } from './email-change-props';

/**
 * The viewer's own email and how to change it: the address (read-only, with its verified badge),
 * a "Change email" form (new address and current password; a link goes to the new address, the
 * account keeps the old one until it is opened), and while an address is pending, a banner with
 * "Resend link" and "Cancel change". For the signed-in viewer only: admins set other users'
 * addresses in AdminUserDetail.
 */
export function EmailChange({ className, onRequested, onCancelled }: EmailChangeProps) {
  return (
    <ProfileShell root={{ ...EMAIL_CHANGE_ROOT, className }} rows={1}>
      {(loaded, root) => <EmailChangeView loaded={loaded} root={root} onRequested={onRequested} onCancelled={onCancelled} />}
    </ProfileShell>
  );
}
