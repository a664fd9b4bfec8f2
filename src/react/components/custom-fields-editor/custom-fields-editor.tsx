import type { Profile } from '../../../core';

export interface CustomFieldsEditorProps {
  /** Whose fields: absent for the viewer's own; an id for another user's (admins). */
  userId?: string;
  className?: string;
  onSaved?: (profile: Profile) => void;
}

/** TODO(issue 4): being built. */
export function CustomFieldsEditor(_props: CustomFieldsEditorProps) {
  return null;
}
