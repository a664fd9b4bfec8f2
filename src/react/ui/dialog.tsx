import type { DialogFrameProps } from './dialog-frame';
import { lazyPart } from './lazy-part';
import { useReturnFocus } from './use-return-focus';

export type DialogProps = Omit<DialogFrameProps, 'onOpenAutoFocus' | 'onCloseAutoFocus'>;

const frame = lazyPart(() => import('./dialog-frame').then((m) => m.DialogFrame));

/** For a control that opens a dialog: its hover or focus fetches the dialog's chunk, if not in yet. */
export const preloadDialogOnIntent = { onPointerEnter: frame.preload, onFocus: frame.preload };

/**
 * profilekit's alert dialog (`DialogFrame`, on Radix Dialog), a lazy chunk: nothing of it is in
 * a first load; it is fetched once the page is idle after a component that may open it mounted,
 * and one that opens before it arrived shows on arrival. Focus returns to where it was when it
 * opened (`useReturnFocus`).
 */
export function Dialog(props: DialogProps) {
  const returnFocus = useReturnFocus();
  return <frame.Part when={props.open} {...props} {...returnFocus} />;
}
