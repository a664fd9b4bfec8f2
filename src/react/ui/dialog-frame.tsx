import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

export interface DialogFrameProps {
  open: boolean;
  /** Radix's: `false` when Escape, a click outside or a close button closes it. */
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** Classes beside `pk-root pk-dialog`. */
  className?: string;
  /** `data-pk-dialog`, for the app's styles and tests. */
  name?: string;
  onOpenAutoFocus?: (event: Event) => void;
  onCloseAutoFocus?: (event: Event) => void;
  /** The body and the actions. */
  children: ReactNode;
}

/**
 * An alert dialog on Radix Dialog (focus trapped inside, Escape and a click outside close it,
 * aria wiring): the only module that imports Radix, so that it is one lazy chunk (`Dialog`).
 */
export function DialogFrame({ open, onOpenChange, title, description, className, name, onOpenAutoFocus, onCloseAutoFocus, children }: DialogFrameProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="pk-overlay" />
        <Dialog.Content
          className={className ? `pk-root pk-dialog ${className}` : 'pk-root pk-dialog'}
          role="alertdialog"
          data-pk-dialog={name}
          onOpenAutoFocus={onOpenAutoFocus}
          onCloseAutoFocus={onCloseAutoFocus}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <Dialog.Title className="pk-dialog-title">{title}</Dialog.Title>
          {description ? <Dialog.Description className="pk-dialog-description">{description}</Dialog.Description> : null}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
