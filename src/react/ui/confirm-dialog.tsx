import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useReturnFocus } from './use-return-focus';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** Default: "Confirm". */
  confirmLabel?: ReactNode;
  /** A destructive action gets the danger style. Default `false`. */
  danger?: boolean;
  onConfirm: () => void;
}

/** "Are you sure?" in a Radix dialog: focus trapped inside, returned to the trigger on close, Esc cancels. */
export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, danger = false, onConfirm }: ConfirmDialogProps) {
  const { common } = useMessages();
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="pk-overlay" />
        <Dialog.Content className="pk-root pk-dialog" role="alertdialog" {...returnFocus} {...(description ? {} : { 'aria-describedby': undefined })}>
          <Dialog.Title className="pk-dialog-title">{title}</Dialog.Title>
          {description ? <Dialog.Description className="pk-dialog-description">{description}</Dialog.Description> : null}
          <div className="pk-actions">
            <Dialog.Close asChild>
              <button type="button" className="pk-button">
                {common.cancel}
              </button>
            </Dialog.Close>
            <button
              type="button"
              className={danger ? 'pk-button pk-button--danger' : 'pk-button pk-button--primary'}
              onClick={() => {
                onConfirm();
                onOpenChange(false);
              }}
            >
              {confirmLabel ?? common.confirm.confirm}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
