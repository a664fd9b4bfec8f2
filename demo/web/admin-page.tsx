import { AdminUserDetail, UserList } from 'profilekit';
import { useDemo } from './demo-state';
import { PageHeading } from './page-heading';

const show = (id?: string) => {
  window.location.hash = id ? `#/admin/${encodeURIComponent(id)}` : '#/admin';
};

/**
 * "Admin": the library's UserList (search, "Load more", badges, "New user"), and the selected
 * user's AdminUserDetail beside it (on a phone: the list, then the user with a way back). The
 * selection lives in the address (`#/admin/:id`), so a user can be linked to.
 */
export function AdminPage({ selectedId }: { selectedId?: string }) {
  const { t } = useDemo();
  return (
    <div className="demo-page">
      <PageHeading title={t.admin.title} lead={t.admin.lead} />
      <div className="demo-admin" data-selected={selectedId ? 'true' : 'false'}>
        <div className="demo-card demo-admin-list">
          <UserList selectedId={selectedId} onSelect={show} onCreated={(profile) => show(profile.id)} pageSize={10} />
        </div>
        <section className="demo-card demo-admin-detail" aria-label={t.nav.admin}>
          {selectedId ? (
            <>
              <a className="demo-back" href="#/admin">
                <span aria-hidden="true">←</span>
                {t.admin.back}
              </a>
              {/* After an immediate deletion the screen says the account is erased; the list no longer has it. */}
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
