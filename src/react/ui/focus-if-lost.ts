/**
 * Whether focus has fallen to the page: nothing focused, `<body>`, an element no longer in the
 * document, or a button that became disabled (a browser blurs it; jsdom leaves it focused).
 */
export function isFocusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || (active as HTMLButtonElement).disabled === true;
}

/**
 * Moves focus to `target()` when it has fallen to the page (the focused element was removed,
 * e.g. a revoked key's row with its button, or the button that saved got disabled). After a
 * tick, so that it comes after a closing Radix dialog's own focus return, which Radix runs in
 * a timeout, and after the re-render that follows a save.
 */
export function focusIfLost(target: () => HTMLElement | null | undefined) {
  setTimeout(() => {
    if (isFocusLost()) target()?.focus();
  }, 0);
}
