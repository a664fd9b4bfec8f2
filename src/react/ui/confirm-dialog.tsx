import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { Dialog } from './dialog';

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

/** "Are you sure?" in a dialog: focus trapped inside, returned to the trigger on close, Esc cancels. */
export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, danger = false, onConfirm }: ConfirmDialogProps) {
  const { common } = useMessages();
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description}>
      <div className="pk-actions">
        <button type="button" className="pk-button" onClick={() => onOpenChange(false)}>
          {common.cancel}
        </button>
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
    </Dialog>
  );
}
