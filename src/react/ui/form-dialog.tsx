import type { ComponentType, ReactNode } from 'react';
import type { DialogProps } from './dialog';

export interface FormDialogProps extends Omit<DialogProps, 'children' | 'onOpenChange'> {
  /**
   * profilekit's `Dialog`, passed in: a lazy part gets it from its `LazyKit`, so that this module
   * imports nothing a first load holds.
   */
  Dialog: ComponentType<DialogProps>;
  /** The submit button's text ("Suspend", "Create user"). */
  submitLabel: ReactNode;
  /** The cancel button's text (`common.cancel`). */
  cancelLabel: ReactNode;
  /** A destructive step: the submit button gets the danger style. Default `false`. */
  danger?: boolean;
  /** A submit is under way: the submit button is `aria-disabled` (it keeps focus) and says so. */
  busy?: boolean;
  /** Said by the submit button while `busy`. */
  busyLabel?: ReactNode;
  /** The form's submit (Enter in a field, or the button; the page does not navigate). The dialog does not close by itself. */
  onSubmit: () => void;
  /** Cancel, Escape or a click outside. */
  onCancel: () => void;
  /** `data-pk-form`, for styles and tests. */
  formName?: string;
  /** The fields and an alert, above Cancel and the submit button; none for a plain confirmation. */
  children?: ReactNode;
}

/** A dialog around a small form (or a confirmation): its fields, then Cancel and the submit button. */
export function FormDialog({ Dialog, submitLabel, cancelLabel, danger = false, busy = false, busyLabel, onSubmit, onCancel, formName, children, ...dialog }: FormDialogProps) {
  return (
    <Dialog {...dialog} onOpenChange={(open) => (open ? undefined : onCancel())}>
      <form
        className="pk-dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSubmit();
        }}
        data-pk-form={formName}
      >
        {children}
        <div className="pk-actions">
          <button type="button" className="pk-button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="submit" className={danger ? 'pk-button pk-button--danger' : 'pk-button pk-button--primary'} aria-disabled={busy || undefined}>
            {busy ? <span className="pk-spinner" aria-hidden="true" /> : null}
            {busy && busyLabel ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
