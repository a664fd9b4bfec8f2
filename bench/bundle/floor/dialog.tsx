// @radix-ui/react-dialog: a modal confirm dialog.
import * as Dialog from '@radix-ui/react-dialog';

export function FloorDialog({ open, onOpenChange, onConfirm }: { open: boolean; onOpenChange(open: boolean): void; onConfirm(): void }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>Someone else saved first</Dialog.Title>
          <Dialog.Description>Keep their version or overwrite it with yours?</Dialog.Description>
          <button type="button" onClick={onConfirm}>
            Overwrite
          </button>
          <Dialog.Close>Keep theirs</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
