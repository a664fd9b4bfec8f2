import type { PasswordEstimator } from './password-policy';

let loading: Promise<PasswordEstimator> | undefined;

/**
 * The estimator for `checkPasswordPolicy`, loaded on demand: zxcvbn, the common-password list
 * and the keyboard layouts (about 820 KiB gzip) are a dynamic import, so a browser bundle fetches them as a chunk of their
 * own when asked (the React `PasswordChange` asks when the new-password field gets focus, or
 * once the page is idle), never with the page. Loads once; a failed load (offline) is tried again
 * on the next call.
 */
export function loadPasswordEstimator(): Promise<PasswordEstimator> {
  loading ??= import('./password-estimator').then(
    (module) => module.passwordEstimator(),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
