import type { ReactNode } from 'react';
import type { FieldReason } from '../../../core/browser';
import { FieldShell } from '../../ui/field-shell';

export interface ReadOnlyFieldProps {
  /** The input's id (help, reason and error ids derive from it). */
  id: string;
  label: ReactNode;
  /** The value as text in the viewer's language; empty shows `emptyText` as a placeholder. */
  value: string;
  /** Why the viewer cannot change it; `null` shows no reason (display-only data). */
  reason: FieldReason | null;
  help?: ReactNode;
  /** Placeholder for an empty value (e.g. "Not set"). */
  emptyText?: string;
  /** `ltr` for machine values (ids, addresses) inside right-to-left pages. */
  dir?: 'ltr';
  className?: string;
}

/**
 * A visible field the viewer cannot change: a `readonly` input (focusable, read out, greyed by
 * the theme; never `disabled`) with the reason it is read-only tied to it.
 */
export function ReadOnlyField({ id, label, value, reason, help, emptyText, dir, className }: ReadOnlyFieldProps) {
  return (
    <FieldShell id={id} label={label} help={help} readOnlyReason={reason} className={className}>
      {(control) => (
        <input
          {...control}
          className="pk-input"
          type="text"
          readOnly
          value={value}
          placeholder={value === '' ? emptyText : undefined}
          dir={dir}
        />
      )}
    </FieldShell>
  );
}
