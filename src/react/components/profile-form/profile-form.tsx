import { useProfileFormController } from './use-profile-form-controller';
import { FormAlert } from '../../ui/form-alert';
import { VersionConflictDialog } from '../../ui/version-conflict-dialog';
import { DirtyWatcher } from './dirty-watcher';
import { EmailChangeView } from './email-change-view';
import { ProfileFieldList } from './profile-field-list';
import type { ProfileFormProps } from './profile-form-props';
import { SaveBar } from './save-bar';
import { ComponentRoot } from '../../ui/component-root';
import { ShellFallback } from '../../ui/profile-shell';
import { EMAIL_CHANGE_ROOT } from './email-change-props';
import { lazyAccountStatus } from '../account-status/lazy-account-status';
import { useLazyKit } from '../../ui/lazy-kit';

export type { ProfileFormProps, ProfileFormState } from './profile-form-props';

/**
 * The profile form: every visible built-in field of the config, pre-filled; editable ones as
 * inputs validated with the core's patch schema, read-only ones `readonly` with their reason,
 * billing and API keys when the config shows them. Save sends only the changed fields with the
 * version they were based on; a newer version opens the conflict dialog (never a silent
 * overwrite). Server field errors land on their inputs, "Saved" is announced. A suspended
 * account or one pending deletion says so at the top (why, and until when).
 */
export function ProfileForm(props: ProfileFormProps) {
  // A form per user: another `userId` starts afresh.
  return <ProfileFormView key={props.userId ?? ''} {...props} />;
}

function ProfileFormView(props: ProfileFormProps) {
  const c = useProfileFormController(props);
  const kit = useLazyKit();
  const { load } = c;
  return (
    <ComponentRoot
      component="profile-form"
      rootClass="pk-profile-form"
      className={props.className}
      state={c.state}
      data-pk-profile={load.status === 'ready' ? (load.loaded.isSelf ? 'self' : 'other') : undefined}
    >
      {load.status !== 'ready' ? (
        <ShellFallback load={load} rows={10} />
      ) : (
        <>
          {/* Suspended, or erasure scheduled: said at the top (a lazy part: most accounts are active). */}
          <lazyAccountStatus.Part when={load.loaded.profile.status === 'suspended' || !!load.loaded.profile.purgeAt} profile={load.loaded.profile} isSelf={load.loaded.isSelf} kit={kit} />
          {c.emailChange ? <EmailChangeView loaded={load.loaded} root={EMAIL_CHANGE_ROOT} /> : null}
          <form className="pk-profile-form-fields" noValidate onSubmit={(event) => void c.onSubmit(event)} data-pk-form="profile">
            <ProfileFieldList entries={c.entries} loaded={load.loaded} control={c.control} register={c.register} idOf={c.idOf} />
            <FormAlert message={c.alert} />
            {c.editable ? <SaveBar control={c.control} saving={c.saver.isSaving} status={c.status} onDiscard={c.discard} /> : null}
          </form>
          {props.onDirtyChange ? <DirtyWatcher control={c.control} onDirtyChange={props.onDirtyChange} /> : null}
          <VersionConflictDialog saver={c.saver} />
        </>
      )}
    </ComponentRoot>
  );
}
