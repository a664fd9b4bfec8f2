import type { ReactNode } from 'react';
import { account } from '../../i18n/locales/en/account';
import { formatDuration } from '../../i18n/format-duration';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { ComponentRoot } from '../../ui/component-root';
import { LiveStatus } from '../../ui/live-status';
import { ProfileShell, type ShellRoot } from '../../ui/profile-shell';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import type { DeleteAccountProps } from './delete-account-props';
import { DeleteRequestForm } from './delete-request-form';
import { ScheduledDeletion } from './scheduled-deletion';
import { useDeleteAccountController } from './use-delete-account-controller';

export type { DeleteAccountProps, DeleteAccountState } from './delete-account-props';

/**
 * "Delete account", for the viewer's own: a button opens the confirmation, where they type a
 * word (`account.delete.confirmWord`: DELETE, SUPPRIMER in French; case does not matter) and
 * their current password. The erasure is then scheduled after the server's grace period (14
 * days by default): the component shows its date in the viewer's locale and offers to cancel it
 * (with the password again). With a grace period of 0 the account is erased at once: it says so
 * and calls `onErased`, where the host signs the viewer out. A wrong password lands on its
 * field; a rate limit (with the wait), a refused state or a network failure is an alert.
 * Renders nothing when the config's `lifecycle.self.delete` does not allow it and no erasure is
 * pending (one an admin scheduled can always be cancelled).
 *
 * Root: `data-pk-component="delete-account"`, `data-state` (see `DeleteAccountState`).
 *
 * @example
 * <DeleteAccount onErased={() => auth.signOut()} />
 */
export function DeleteAccount(props: DeleteAccountProps) {
  const m = useComponentMessages('account', account).delete;
  const header = <h2 className="pk-section-title">{m.title}</h2>;
  return (
    <ProfileShell root={{ component: 'delete-account', rootClass: 'pk-delete-account', className: props.className, as: 'section' }} rows={1} header={header}>
      {(loaded, root) =>
        loaded.config.lifecycle.self.delete || loaded.profile.purgeAt ? <DeleteAccountView loaded={loaded} root={root} header={header} {...props} /> : null
      }
    </ProfileShell>
  );
}

interface DeleteAccountViewProps extends DeleteAccountProps {
  loaded: LoadedProfile;
  root: ShellRoot;
  header: ReactNode;
}

function DeleteAccountView({ loaded, root, header, ...props }: DeleteAccountViewProps) {
  const m = useComponentMessages('account', account).delete;
  const fmt = useFormatters();
  const c = useDeleteAccountController(loaded, props);
  const grace = loaded.config.lifecycle.deletionGraceMs;
  let body: ReactNode;
  if (c.erased) {
    body = (
      <p ref={c.refs.erased} tabIndex={-1} className="pk-banner pk-deletion-erased">
        {m.erased}
      </p>
    );
  } else if (c.purgeAt) {
    body = <ScheduledDeletion c={c} purgeAt={c.purgeAt} />;
  } else {
    body = (
      <>
        <p className="pk-help">{grace > 0 ? fmt.format(m.description, { grace: formatDuration(grace, fmt.locale, 'down') }) : m.descriptionNow}</p>
        {c.open ? (
          <DeleteRequestForm c={c} />
        ) : (
          <div className="pk-actions">
            <button ref={c.refs.opener} type="button" className="pk-button pk-button--danger" aria-expanded="false" aria-controls={c.ids.form} onClick={c.openForm}>
              {m.open}
            </button>
          </div>
        )}
      </>
    );
  }
  return (
    <ComponentRoot {...root} state={c.state} aria-busy={c.busy || undefined}>
      {header}
      {body}
      <LiveStatus ref={c.refs.status} tone={c.status ? 'success' : 'neutral'}>
        {c.status}
      </LiveStatus>
    </ComponentRoot>
  );
}
