import { useCallback, useEffect, useState } from 'react';
import { loadPasswordEstimator, type PasswordEstimator } from '../../../core/browser';
import { whenIdle } from '../../ui/when-idle';

// Once loaded, later mounts start with it.
let loaded: PasswordEstimator | null = null;

/**
 * The policy's estimator (zxcvbn and the common-password list) for the client-side check,
 * loaded lazily: it is its own chunk (`loadPasswordEstimator`, a dynamic import), fetched once
 * the page is idle after the first render, or at once when `load` is called (the new-password
 * field got focus). `null` until it has arrived: the check then runs its light rules only and
 * the meter says "checking", never "good"; the server still has the last word. A failed load
 * leaves it `null` (tried again on focus).
 */
export function usePasswordEstimator(): { estimator: PasswordEstimator | null; load: () => void } {
  const [estimator, setEstimator] = useState<PasswordEstimator | null>(() => loaded);
  const load = useCallback(() => {
    if (loaded) return;
    loadPasswordEstimator().then(
      (arrived) => {
        loaded = arrived;
        setEstimator(arrived);
      },
      () => {},
    );
  }, []);
  useEffect(() => {
    if (loaded) {
      setEstimator(loaded);
      return;
    }
    return whenIdle(load);
  }, [load]);
  return { estimator, load };
}
