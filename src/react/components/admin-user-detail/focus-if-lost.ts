/**
 * Moves focus to `target()` when it has fallen to the page (the focused element was removed,
 * e.g. a revoked key's row with its button). After a tick, so that it comes after a closing
 * Radix dialog's own focus return, which Radix runs in a timeout.
 */
export function focusIfLost(target: () => HTMLElement | null) {
  setTimeout(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) target()?.focus();
  }, 0);
}
