import { useState } from 'react';
import type { Profile } from '../../../core/browser';
import { useFieldAccess } from '../../hooks/use-field-access';
import { useProfile } from '../../hooks/use-profile';
import { cx } from '../../ui/class-names';
import { ProfileGate } from '../../ui/profile-gate';
import { CustomFieldsForm, type CustomFieldsEditorState } from './custom-fields-form';

export type { CustomFieldsEditorState } from './custom-fields-form';

export interface CustomFieldsEditorProps {
  /** Whose fields: absent for the viewer's own; an id for another user's (admins). */
  userId?: string;
  /** Added to the root element's classes (`pk-root pk-custom-fields`). */
  className?: string;
  /** After a successful save (including "overwrite with mine" after a conflict), with the profile as saved. */
  onSaved?: (profile: Profile) => void;
  /** The level of the editor's heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * The app's declared custom fields, each with its typed input, and (when the config enables
 * them) the free key/value attributes, saved together as one patch of what changed, against the
 * version loaded: a newer version opens the conflict dialog, never a silent overwrite. Fields
 * the viewer sees but may not change are read-only with the reason; hidden ones are absent.
 *
 * The root carries `data-pk-component="custom-fields-editor"` and `data-state` (`loading`,
 * `error`, `empty`, `readonly`, `idle`, `dirty`, `invalid`, `saving`, `saved`, `conflict`,
 * `failed`); each field `data-pk-field`, each attribute row `data-pk-attribute`.
 */
export function CustomFieldsEditor({ userId, className, onSaved, headingLevel = 2 }: CustomFieldsEditorProps) {
  const [formState, setFormState] = useState<CustomFieldsEditorState>('idle');
  // The same queries ProfileGate runs (shared cache): the root says "loading" and "error" too.
  const profile = useProfile(userId);
  const access = useFieldAccess(userId);
  const state = profile.error || access.error ? 'error' : !profile.data || !access.access ? 'loading' : formState;
  return (
    <div className={cx('pk-root pk-custom-fields', className)} data-pk-component="custom-fields-editor" data-state={state}>
      <ProfileGate userId={userId} rows={6}>
        {(loaded) => (
          <CustomFieldsForm
            // A different profile is a different form.
            key={loaded.profile.id}
            {...loaded}
            userId={userId}
            onSaved={onSaved}
            onStateChange={setFormState}
            headingLevel={headingLevel}
          />
        )}
      </ProfileGate>
    </div>
  );
}
