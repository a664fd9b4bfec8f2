import { useRef } from 'react';

/**
 * Props for a Radix `Dialog.Content` opened without a `Dialog.Trigger` (a save that hit a
 * conflict, a remove button in a list): Radix would return focus to its trigger, and with none
 * focus would fall to the page. This puts it back where it was when the dialog opened.
 */
export function useReturnFocus() {
  const returnTo = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      const target = returnTo.current;
      if (target?.isConnected) {
        event.preventDefault();
        target.focus();
      }
    },
  };
}
