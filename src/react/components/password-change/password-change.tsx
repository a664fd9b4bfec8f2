import { useMessages } from '../../i18n/use-messages';
import { ProfileShell } from '../../ui/profile-shell';
import type { PasswordChangeProps } from './password-change-props';
import { PasswordChangeView } from './password-change-view';

export type { PasswordChangeProps, PasswordChangeState } from './password-change-props';

/**
 * Changes the signed-in viewer's own password: current, new and confirmation, each with a
 * show/hide toggle. The new password is checked as typed against the same policy the server
 * applies (`checkPasswordPolicy` with the config's policy and the account's email and names);
 * its estimator (zxcvbn and the common-password list) is a lazy chunk loaded on focus of the new
 * password or when the page is idle, and until it has arrived the meter says "checking", never
 * "good". The server's reasons land on the field they concern. The fields are cleared after a change.
 */
export function PasswordChange({ className, onChanged }: PasswordChangeProps) {
  const header = <h2 className="pk-section-title">{useMessages().password.title}</h2>;
  return (
    <ProfileShell root={{ component: 'password-change', rootClass: 'pk-password-change', className, as: 'section' }} rows={3} header={header}>
      {(loaded, root) => <PasswordChangeView loaded={loaded} root={root} header={header} onChanged={onChanged} />}
    </ProfileShell>
  );
}
