import type { ReactNode } from 'react';
import type { FieldReason } from '../../core/browser';
import { useMessages } from '../i18n/use-messages';

/** The ids of one control's notes, derived from the control's id. */
export const noteIds = (id: string) => ({ help: `${id}-help`, reason: `${id}-reason`, error: `${id}-error` });

/** `aria-describedby` from the parts present, or nothing. */
export const describedBy = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;

export interface FieldNotesProps {
  /** The control's id: the notes' ids derive from it (`noteIds`). */
  id: string;
  readOnlyReason?: FieldReason | null;
  help?: ReactNode;
  error?: string | null;
}

/** What is said under a control: the read-only reason, the help and the error, each with its id. */
export function FieldNotes({ id, readOnlyReason, help, error }: FieldNotesProps) {
  const { common } = useMessages();
  const ids = noteIds(id);
  return (
    <>
      {readOnlyReason ? (
        <p className="pk-reason" id={ids.reason}>
          {common.readOnly[readOnlyReason]}
        </p>
      ) : null}
      {help ? (
        <p className="pk-help" id={ids.help}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="pk-error" id={ids.error}>
          {error}
        </p>
      ) : null}
    </>
  );
}
