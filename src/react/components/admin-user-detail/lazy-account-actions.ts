import { lazyPart } from '../../ui/lazy-part';

/**
 * AdminUserDetail's account state and actions (`AccountActions`), a lazy part fetched while the
 * profile loads. It imports nothing a first load holds: AdminUserDetail hands it a `LazyKit`.
 */
export const lazyAccountActions = lazyPart(() => import('./account-actions').then((m) => m.AccountActions));
