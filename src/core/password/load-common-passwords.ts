import type { CommonPasswordTest } from './password-policy';

let loading: Promise<CommonPasswordTest> | undefined;

/**
 * The common-password test for `checkPasswordPolicy`, loaded on demand: the list (23 KiB
 * minified) is a dynamic import, so a browser bundle fetches it as its own chunk when asked (the
 * React `PasswordChange` asks when the new-password field gets focus, or once the page is idle)
 * instead of with the page. Loads once; a failed load (offline) is tried again on the next call.
 */
export function loadCommonPasswords(): Promise<CommonPasswordTest> {
  loading ??= import('./common-password-list').then(
    (list) => list.isCommonPassword,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
