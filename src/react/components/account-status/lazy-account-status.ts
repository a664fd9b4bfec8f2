import { lazyPart } from '../../ui/lazy-part';

/**
 * `AccountStatusBanner` as a lazy part: most profiles are active, so the banner and its words
 * are in no first load; shown `when` the profile is suspended or pending deletion. It imports
 * nothing a first load holds: its host hands it a `LazyKit`.
 */
export const lazyAccountStatus = lazyPart(() => import('./account-status-banner').then((m) => m.AccountStatusBanner));
