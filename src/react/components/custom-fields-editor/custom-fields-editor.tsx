import type { Profile } from '../../../core/browser';
import { ProfileShell } from '../../ui/profile-shell';
import { CustomFieldsForm } from './custom-fields-form';

export type { CustomFieldsEditorState } from './use-custom-fields-editor-controller';

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
  return (
    <ProfileShell userId={userId} root={{ component: 'custom-fields-editor', rootClass: 'pk-custom-fields', className }} rows={6}>
      {(loaded, root) => (
        // A different profile is a different form.
        <CustomFieldsForm key={loaded.profile.id} options={{ loaded, userId, onSaved }} root={root} headingLevel={headingLevel} />
      )}
    </ProfileShell>
  );
}
