import { AccountDataExport, CustomFieldsEditor, DeleteAccount, NotificationPrefs, PasswordChange, ProfileForm } from 'profilekit';
import { useEffect, useState } from 'react';
import { useDemo } from './demo-state';
import { PageHeading } from './page-heading';

/** "My profile": every self-service component, as an app would lay them out; the account's deletion in a "danger zone". */
export function MyProfilePage() {
  const { t, accountErased } = useDemo();
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesWarning(dirty);
  return (
    <div className="demo-page">
      <PageHeading title={t.profile.title} lead={t.profile.lead} />
      <div className="demo-profile-grid">
        <div className="demo-column">
          <section className="demo-card" aria-label={t.profile.details}>
            {/* Built-in fields, with the email change (pending banner, verification mail). */}
            <ProfileForm onDirtyChange={setDirty} />
          </section>
          <section className="demo-card" aria-label={t.profile.more}>
            <CustomFieldsEditor />
          </section>
        </div>
        <div className="demo-column">
          <section className="demo-card" aria-label={t.profile.password}>
            <PasswordChange />
          </section>
          <section className="demo-card" aria-label={t.profile.notifications}>
            <NotificationPrefs />
          </section>
          <section className="demo-card" aria-label={t.profile.data}>
            <AccountDataExport />
          </section>
          <section className="demo-card demo-danger" aria-label={t.profile.danger}>
            {/* Erased at once (a grace period of 0): the demo signs out. A scheduled erasure ends the session when the purge runs. */}
            <DeleteAccount onErased={accountErased} />
          </section>
        </div>
      </div>
    </div>
  );
}

/** Asks before the tab closes or reloads with unsaved edits in the profile form. */
function useUnsavedChangesWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
