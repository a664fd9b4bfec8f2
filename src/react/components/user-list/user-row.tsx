import { Fragment, memo } from 'react';
import type { AccountSummary } from '../../../core/browser';
import type { ProfileKitMessages } from '../../i18n/messages';
import { useFormatters } from '../../i18n/use-formatters';

export interface UserRowProps {
  user: AccountSummary;
  selected: boolean;
  /** Absent: the row is shown, not offered (the host lets nobody open it). */
  onSelect?: (userId: string) => void;
  /** The roles that make an account an admin (its badge). */
  adminRoles: readonly string[];
  badges: ProfileKitMessages['accountStatus']['badges'];
  purgeOn: string;
}

/**
 * One account: name, email and its badges as words (admin, suspended, pending deletion with its
 * date, unverified), inside a button that selects it (`aria-current` when it is the one shown).
 */
export const UserRow = memo(function UserRow({ user, selected, onSelect, adminRoles, badges, purgeOn }: UserRowProps) {
  const fmt = useFormatters();
  const list: [kind: string, text: string][] = [];
  if (user.roles?.some((role) => adminRoles.includes(role))) list.push(['admin', badges.admin]);
  if (user.status === 'suspended') list.push(['suspended', badges.suspended]);
  if (user.purgeAt) list.push(['pending-deletion', `${badges.pendingDeletion} (${fmt.format(purgeOn, { date: fmt.date(user.purgeAt) })})`]);
  if (user.emailVerified === false) list.push(['unverified', badges.unverified]);
  const content = (
    <>
      {/* The spaces keep the parts apart in the button's accessible name (layout ignores them). */}
      <span className="pk-user-name">{user.name || user.email || user.id}</span>{' '}
      {user.name && user.email ? <span className="pk-user-email">{user.email}</span> : null}{' '}
      {list.length > 0 ? (
        <span className="pk-badges">
          {list.map(([kind, text]) => (
            <Fragment key={kind}>
              <span className="pk-badge" data-pk-badge={kind}>
                {text}
              </span>{' '}
            </Fragment>
          ))}
        </span>
      ) : null}
    </>
  );
  return (
    <li className="pk-user-row" data-pk-user={user.id} data-state={selected ? 'selected' : undefined}>
      {onSelect ? (
        <button type="button" className="pk-user-select" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(user.id)}>
          {content}
        </button>
      ) : (
        <div className="pk-user-select">{content}</div>
      )}
    </li>
  );
});
