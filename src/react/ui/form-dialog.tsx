import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { Dialog, type DialogProps } from './dialog';

export interface FormDialogProps extends Omit<DialogProps, 'children'> {
  /** The submit button's text ("Suspend", "Create user"). */
  submitLabel: ReactNode;
  /** A destructive step: the submit button gets the danger style. Default `false`. */
  danger?: boolean;
  /** A submit is under way: the submit button is `aria-disabled` (it keeps focus). */
  busy?: boolean;
  /** The form's submit (Enter in a field, or the button; the page does not navigate). The dialog does not close by itself. */
  onSubmit: () => void;
  /** Cancel, Escape or a click outside. */
  onCancel: () => void;
  /** `data-pk-form`, for styles and tests. */
  formName?: string;
  /** The fields (and an alert), above Cancel and the submit button. */
  children: ReactNode;
}

/** profilekit's dialog (a lazy chunk) around a small form: its fields, then Cancel and the submit button. */
export function FormDialog({ submitLabel, danger = false, busy = false, onSubmit, onCancel, formName, children, ...dialog }: FormDialogProps) {
  const { common } = useMessages();
  return (
    <Dialog {...dialog} onOpenChange={(open) => (open ? dialog.onOpenChange(true) : onCancel())}>
      <form
        className="pk-dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        data-pk-form={formName}
      >
        {children}
        <div className="pk-actions">
          <button type="button" className="pk-button" onClick={onCancel}>
            {common.cancel}
          </button>
          <button type="submit" className={danger ? 'pk-button pk-button--danger' : 'pk-button pk-button--primary'} aria-disabled={busy || undefined}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
