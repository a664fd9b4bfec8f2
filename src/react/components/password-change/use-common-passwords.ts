import { useCallback, useEffect, useState } from 'react';
import { loadCommonPasswords, type CommonPasswordTest } from '../../../core/browser';

// Once loaded, later mounts start with it.
let loaded: CommonPasswordTest | null = null;

type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * The common-password test for the client-side policy check, loaded lazily: the list is its own
 * chunk (`loadCommonPasswords`, a dynamic import), fetched once the page is idle after the first
 * render, or at once when `load` is called (the new-password field got focus). `null` until it
 * has arrived: the check skips that one rule meanwhile, and the server still refuses a common
 * password (its reason lands on the field). A failed load leaves it `null` (tried again on focus).
 */
export function useCommonPasswords(): { isCommon: CommonPasswordTest | null; load: () => void } {
  const [isCommon, setIsCommon] = useState<CommonPasswordTest | null>(() => loaded);
  const load = useCallback(() => {
    if (loaded) return;
    loadCommonPasswords().then(
      (test) => {
        loaded = test;
        setIsCommon(() => test);
      },
      () => {},
    );
  }, []);
  useEffect(() => {
    if (loaded) {
      setIsCommon(() => loaded);
      return;
    }
    const idle = globalThis as IdleWindow;
    if (idle.requestIdleCallback) {
      const handle = idle.requestIdleCallback(load, { timeout: 2000 });
      return () => idle.cancelIdleCallback?.(handle);
    }
    const timer = setTimeout(load, 200);
    return () => clearTimeout(timer);
  }, [load]);
  return { isCommon, load };
}
