import { useEffect, useLayoutEffect } from 'react';

// Layout effects do not run on the server (and React 18 warns there); effects do.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Reports a child's state to the component root (its `data-state`). A layout effect, so the
 * root's attribute changes in the same commit as the child, before paint: styles and tests
 * keyed on `data-state` never see the two disagree.
 */
export function useReportState<T>(state: T, onStateChange: (state: T) => void): void {
  useIsomorphicLayoutEffect(() => onStateChange(state), [state, onStateChange]);
}
