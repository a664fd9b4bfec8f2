import type { ReactNode } from 'react';

/**
 * A polite live region, always in the DOM (so screen readers pick up changes) and always taking
 * its line (so nothing jumps): "Saved", "Saving…".
 */
export function LiveStatus({ children, tone = 'neutral' }: { children?: ReactNode; tone?: 'neutral' | 'success' }) {
  return (
    <p className="pk-live" role="status" aria-live="polite" data-tone={tone}>
      {children}
    </p>
  );
}
