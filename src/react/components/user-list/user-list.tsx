import { useId } from 'react';
import { ProfileError, type Profile } from '../../../core/browser';
import { accountStatus } from '../../i18n/locales/en/account-status';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { ComponentRoot } from '../../ui/component-root';
import { preloadDialogOnIntent } from '../../ui/dialog';
import { ErrorState } from '../../ui/error-state';
import { LiveStatus } from '../../ui/live-status';
import { ProfileShell, type ShellRoot } from '../../ui/profile-shell';
import { Skeleton } from '../../ui/skeleton';
import { LoadMore } from '../../ui/load-more';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import { NewUserDialog } from './new-user-dialog';
import { useUserListController } from './use-user-list-controller';
import { UserRow } from './user-row';

export type { UserListState } from './use-user-list-controller';

export interface UserListProps {
  /** The account shown beside the list (`AdminUserDetail`): its row is marked `aria-current`. */
  selectedId?: string;
  /**
   * A row was chosen (click, Enter or Space on it): show that account, e.g.
   * `<AdminUserDetail userId={id} />` beside the list. Without it the rows are not buttons.
   */
  onSelect?: (userId: string) => void;
  /** The "New user" dialog created an account (already in the list and the cache). */
  onCreated?: (profile: Profile) => void;
  /** Accounts per page ("Load more" fetches the next). Default 20. */
  pageSize?: number;
  /** Added to the root element's classes (`pk-root pk-user-list`). */
  className?: string;
}

/**
 * The accounts, for administrators: a search by name or email (as typed, after a short pause),
 * a page at a time with "Load more" (cursor paging; focus moves to the first new row), each row
 * with its badges in words (admin, suspended, pending deletion with its date, unverified), and
 * a row button that hosts use to show the account beside the list (`onSelect`, `selectedId`).
 * When the config's `lifecycle.create` allows it, "New user" opens a dialog: email, name, roles
 * (if this admin may set them) and "send an invitation" (if the server mails them); the server's
 * refusals land on their fields. Non-admins get a "not allowed" state.
 *
 * Root: `data-pk-component="user-list"`, `data-state` (see `UserListState`); each row
 * `data-pk-user` (its id) and each badge `data-pk-badge`.
 *
 * @example
 * const [selected, setSelected] = useState<string>();
 * <UserList selectedId={selected} onSelect={setSelected} onCreated={(profile) => setSelected(profile.id)} />
 * {selected ? <AdminUserDetail userId={selected} onDeleted={() => setSelected(undefined)} /> : null}
 */
export function UserList({ className, pageSize = 20, ...props }: UserListProps) {
  const root: ShellRoot = { component: 'user-list', rootClass: 'pk-user-list', className, as: 'section' };
  return (
    <ProfileShell root={root} rows={4}>
      {(loaded, shellRoot) =>
        loaded.config.viewer.isAdmin ? (
          <UserListView loaded={loaded} root={shellRoot} pageSize={pageSize} {...props} />
        ) : (
          <ComponentRoot {...shellRoot} state="error">
            <ErrorState error={new ProfileError('forbidden', 'Administrators only')} />
          </ComponentRoot>
        )
      }
    </ProfileShell>
  );
}

interface UserListViewProps extends Omit<UserListProps, 'className' | 'pageSize'> {
  loaded: LoadedProfile;
  root: ShellRoot;
  pageSize: number;
}

function UserListView({ loaded: { config }, root, pageSize, selectedId, onSelect, onCreated }: UserListViewProps) {
  const m = useComponentMessages('users', english).list;
  const create = useComponentMessages('users', english).create;
  const { badges } = useComponentMessages('accountStatus', accountStatus);
  const { common } = useMessages();
  const fmt = useFormatters();
  const c = useUserListController(pageSize);
  const id = useId();
  const { users, items } = c;
  const count = c.announcement ?? (c.state === 'empty' ? (c.search ? fmt.format(m.noMatch, { query: c.search }) : m.empty) : c.state === 'ready' ? fmt.format(m.count, { count: fmt.number(items.length) }) : '');
  return (
    <ComponentRoot {...root} state={c.state} aria-labelledby={`${id}title`}>
      <div className="pk-user-list-head">
        <h2 className="pk-section-title" id={`${id}title`}>
          {m.title}
        </h2>
        {config.lifecycle.create ? (
          <button type="button" className="pk-button" onClick={() => c.setCreating(true)} {...preloadDialogOnIntent}>
            {create.open}
          </button>
        ) : null}
      </div>
      <div className="pk-field" role="search">
        <label className="pk-label" htmlFor={`${id}search`}>
          {m.search}
        </label>
        <input id={`${id}search`} className="pk-input" type="search" value={c.query} onChange={(event) => c.setQuery(event.target.value)} autoComplete="off" spellCheck={false} />
      </div>
      {c.state === 'loading' || c.state === 'searching' ? (
        <Skeleton rows={3} />
      ) : c.state === 'error' ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : items.length > 0 ? (
        <ul className="pk-user-list-items" ref={c.listRef} aria-labelledby={`${id}title`}>
          {items.map((user) => (
            <UserRow key={user.id} user={user} selected={user.id === selectedId} onSelect={onSelect} adminRoles={config.adminRoles} badges={badges} purgeOn={m.purgeOn} />
          ))}
        </ul>
      ) : null}
      <LiveStatus tone={c.announcement ? 'success' : 'neutral'}>{count}</LiveStatus>
      {users.hasNextPage && c.state === 'ready' ? (
        <LoadMore label={m.loadMore} busyLabel={m.loadingMore} busy={users.isFetchingNextPage} onLoad={c.loadMore} />
      ) : null}
      {users.error && users.data ? (
        <p className="pk-error" role="alert">
          {common.loadFailed} {fmt.error(users.error)}
        </p>
      ) : null}
      {config.lifecycle.create ? (
        <NewUserDialog
          open={c.creating}
          onOpenChange={c.setCreating}
          config={config}
          onCreated={(profile, message) => {
            c.onCreated(message);
            onCreated?.(profile);
          }}
        />
      ) : null}
    </ComponentRoot>
  );
}
