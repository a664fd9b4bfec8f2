import { lazyPart } from '../../ui/lazy-part';

/**
 * `AccountStatusBanner` as a lazy part: most profiles are active, so the banner and its words
 * are in no component's first load; `when` the profile is suspended or pending deletion.
 */
export const lazyAccountStatus = lazyPart(() => import('./account-status-banner').then((m) => m.AccountStatusBanner));
