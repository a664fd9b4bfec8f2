import { lazyPart } from '../../ui/lazy-part';

/** AdminUserDetail's account state and actions (`AccountActions`), a lazy part: fetched while the profile loads. */
export const lazyAccountActions = lazyPart(() => import('./account-actions').then((m) => m.AccountActions));
