import type { ReactNode, Ref } from 'react';

/**
 * A polite live region, always in the DOM (so screen readers pick up changes) and always taking
 * its line (so nothing jumps): "Saved", "Saving…". Focusable from script (`tabIndex=-1`), so
 * that focus can land on it after a save whose control went away (`focusIfLost`).
 */
export function LiveStatus({ children, tone = 'neutral', ref }: { children?: ReactNode; tone?: 'neutral' | 'success'; ref?: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={ref} className="pk-live" role="status" aria-live="polite" data-tone={tone} tabIndex={-1}>
      {children}
    </p>
  );
}
