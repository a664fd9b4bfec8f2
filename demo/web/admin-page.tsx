import { AdminUserDetail, useUsers } from 'profilekit';
import { useId, useState } from 'react';
import { Avatar } from './avatar';
import { useDebounced, useDemo } from './demo-state';
import { PageHeading } from './page-heading';
import { fill } from './strings';

const PAGE_SIZE = 10;

/**
 * "Admin": a searchable user list paged with "Load more", and the selected user's
 * AdminUserDetail beside it (on a phone: the list, then the user with a way back).
 */
export function AdminPage({ selectedId }: { selectedId?: string }) {
  const { t } = useDemo();
  return (
    <div className="demo-page">
      <PageHeading title={t.admin.title} lead={t.admin.lead} />
      <div className="demo-admin" data-selected={selectedId ? 'true' : 'false'}>
        <UserList selectedId={selectedId} />
        <section className="demo-card demo-admin-detail" aria-label={t.nav.admin}>
          {selectedId ? (
            <>
              <a className="demo-back" href="#/admin">
                <span aria-hidden="true">←</span>
                {t.admin.back}
              </a>
              <AdminUserDetail key={selectedId} userId={selectedId} />
            </>
          ) : (
            <p className="demo-empty">{t.admin.pick}</p>
          )}
        </section>
      </div>
    </div>
  );
}

function UserList({ selectedId }: { selectedId?: string }) {
  const { t } = useDemo();
  const id = useId();
  const [query, setQuery] = useState('');
  const search = useDebounced(query.trim(), 250);
  const users = useUsers(search, { pageSize: PAGE_SIZE });
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="demo-card demo-admin-list" aria-labelledby={`${id}-title`}>
      <h2 className="pk-visually-hidden" id={`${id}-title`}>
        {t.admin.title}
      </h2>
      <div className="pk-field">
        <label className="pk-label" htmlFor={`${id}-search`}>
          {t.admin.search}
        </label>
        <input id={`${id}-search`} className="pk-input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" spellCheck={false} />
      </div>
      {users.isPending ? (
        <div className="demo-list-status" role="status">
          <span className="pk-spinner" aria-hidden="true" /> {t.loading}
        </div>
      ) : users.isError && items.length === 0 ? (
        <div className="demo-list-status pk-error-state" role="alert">
          <p>{t.admin.failed}</p>
          <button type="button" className="pk-button" onClick={() => void users.refetch()}>
            {t.admin.retry}
          </button>
        </div>
      ) : items.length === 0 ? (
        <p className="demo-list-status">{fill(t.admin.none, { query: search })}</p>
      ) : (
        <ul className="demo-user-list" aria-busy={users.isFetching}>
          {items.map((user) => (
            <li key={user.id}>
              <a href={`#/admin/${encodeURIComponent(user.id)}`} aria-current={user.id === selectedId ? 'true' : undefined}>
                <Avatar name={user.name || user.email || '?'} />
                <span className="demo-user-row">
                  <span className="demo-user-name">{user.name || user.email}</span>
                  {user.name && <span className="demo-user-email">{user.email}</span>}
                </span>
                <span className="demo-tags">
                  {user.roles?.includes('admin') && <span className="demo-tag">{t.admin.admin}</span>}
                  {user.emailVerified === false && <span className="demo-tag demo-tag--warn">{t.admin.unverified}</span>}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <div className="demo-list-footer">
          <span className="demo-muted" aria-live="polite">
            {fill(t.admin.count, { count: items.length })}
          </span>
          {users.hasNextPage && (
            <button type="button" className="pk-button" onClick={() => void users.fetchNextPage()} disabled={users.isFetchingNextPage}>
              {users.isFetchingNextPage ? t.admin.loadingMore : t.admin.loadMore}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
