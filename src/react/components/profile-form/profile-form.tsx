import { useState } from 'react';
import type { Profile } from '../../../core/browser';
import { useFieldAccess } from '../../hooks/use-field-access';
import { useProfile } from '../../hooks/use-profile';
import { cx } from '../../ui/class-names';
import { ErrorState } from '../../ui/error-state';
import { Skeleton } from '../../ui/skeleton';
import { ProfileFormEditor } from './profile-form-editor';

export interface ProfileFormProps {
  /** Whose profile: absent for the viewer's own; an id for another user's (admins: saves go through `updateUser`). */
  userId?: string;
  /** Added to the root element's classes (`pk-root pk-profile-form`). */
  className?: string;
  /** After every successful save (an "overwrite with mine" included), with the profile as saved. */
  onSaved?: (profile: Profile) => void;
  /**
   * Whenever the form goes from clean to dirty or back (warn before leaving the page); also
   * `false` when the form unmounts while dirty. Not called for the initial, clean state.
   */
  onDirtyChange?: (dirty: boolean) => void;
  /**
   * Show the email change (the address with its verified badge, "Change email" with new address
   * and current password, the pending-email banner) at the top of the form. Default `true`;
   * only ever on the viewer's own profile (with `userId` of someone else the email is shown
   * read-only: admins change it in AdminUserDetail).
   */
  emailChange?: boolean;
  /**
   * Also show the declared custom fields (edited with `CustomFieldInput`, validated and saved
   * with the rest). Default `false`: `CustomFieldsEditor` is their usual home.
   */
  customFields?: boolean;
}

/**
 * The root's `data-state`: `loading`, `error` (could not load; retry offered), `ready`,
 * `readonly` (nothing the viewer may change), `saving`, `conflict` (the version dialog is open).
 */
export type ProfileFormState = 'loading' | 'error' | 'ready' | 'readonly' | 'saving' | 'conflict';

/**
 * The profile form: every visible built-in field of the config, pre-filled; editable ones as
 * inputs validated with the core's patch schema, read-only ones `readonly` with their reason,
 * billing and API keys when the config shows them. Save sends only the changed fields with the
 * version they were based on; a newer version opens the conflict dialog (never a silent
 * overwrite). Server field errors land on their inputs, "Saved" is announced.
 */
export function ProfileForm(props: ProfileFormProps) {
  const { userId, className } = props;
  const profile = useProfile(userId);
  const fieldAccess = useFieldAccess(userId);
  const [editorState, setEditorState] = useState<ProfileFormState>('ready');
  const loaded = profile.data && fieldAccess.config && fieldAccess.access;
  const error = loaded ? null : (profile.error ?? fieldAccess.error);
  return (
    <div
      className={cx('pk-root pk-profile-form', className)}
      data-pk-component="profile-form"
      data-state={error ? 'error' : loaded ? editorState : 'loading'}
      data-pk-profile={loaded ? (fieldAccess.isSelf ? 'self' : 'other') : undefined}
    >
      {loaded ? (
        <ProfileFormEditor
          key={userId ?? ''}
          userId={userId}
          onSaved={props.onSaved}
          onDirtyChange={props.onDirtyChange}
          emailChange={props.emailChange}
          customFields={props.customFields}
          profile={profile.data}
          config={fieldAccess.config!}
          access={fieldAccess.access!}
          isSelf={fieldAccess.isSelf}
          onStateChange={setEditorState}
        />
      ) : error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            if (profile.error) void profile.refetch();
            if (fieldAccess.error) void fieldAccess.refetch();
          }}
        />
      ) : (
        <Skeleton rows={10} />
      )}
    </div>
  );
}
