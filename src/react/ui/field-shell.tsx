import type { ReactNode } from 'react';
import type { FieldReason } from '../../core/browser';
import { useMessages } from '../i18n/use-messages';

/** The ARIA wiring of one input: spread onto the control. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export interface FieldShellProps {
  /** The control's id; help and error ids derive from it. */
  id: string;
  label: ReactNode;
  help?: ReactNode;
  /** A message already in the viewer's language. */
  error?: string;
  /** Set for a visible field the viewer cannot change: the control is `readonly` and the reason shown. */
  readOnlyReason?: FieldReason | null;
  required?: boolean;
  /** `fieldset` for groups (radio, checkbox sets): the label becomes its legend. */
  as?: 'div' | 'fieldset';
  className?: string;
  /** The value of the root's `data-pk-field`, for styling and tests: a stable field path (`custom.height`). Default: `id`. */
  pkField?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** Label, control, help, read-only reason and error of one field, tied together for assistive tech. */
export function FieldShell({ id, label, help, error, readOnlyReason, required, as = 'div', className, pkField, children }: FieldShellProps) {
  const { common } = useMessages();
  const helpId = `${id}-help`;
  const reasonId = `${id}-reason`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, readOnlyReason ? reasonId : null, help ? helpId : null].filter(Boolean).join(' ');
  const control: FieldControlProps = {
    id,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
    ...(required && !readOnlyReason ? { 'aria-required': true as const } : {}),
  };
  const Root = as;
  const labelNode =
    as === 'fieldset' ? (
      <legend className="pk-label">{label}</legend>
    ) : (
      <label className="pk-label" htmlFor={id}>
        {label}
      </label>
    );
  return (
    <Root
      className={['pk-field', className].filter(Boolean).join(' ')}
      data-pk-field={pkField ?? id}
      data-state={error ? 'invalid' : readOnlyReason ? 'readonly' : 'editable'}
    >
      {labelNode}
      {children(control)}
      {readOnlyReason ? (
        <p className="pk-reason" id={reasonId}>
          {common.readOnly[readOnlyReason]}
        </p>
      ) : null}
      {help ? (
        <p className="pk-help" id={helpId}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="pk-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </Root>
  );
}
