import type { ReactNode } from 'react';

/** `aria-describedby` from the parts present, or nothing. */
export const describedBy = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;

export interface FieldNotesProps {
  /** The control's id: each note's id is `${id}-${kind}`. */
  id: string;
  /** Why the field is read-only, in the viewer's language. */
  reason?: string | null;
  help?: ReactNode;
  error?: string | null;
}

/** What is said under an inline control: the read-only reason, the help and the error (`pk-reason`, `pk-help`, `pk-error`), each with its id. */
export function FieldNotes({ id, reason, help, error }: FieldNotesProps) {
  const notes = [
    ['reason', reason],
    ['help', help],
    ['error', error],
  ] as const;
  return (
    <>
      {notes.map(([kind, text]) =>
        text ? (
          <p key={kind} className={`pk-${kind}`} id={`${id}-${kind}`}>
            {text}
          </p>
        ) : null,
      )}
    </>
  );
}
