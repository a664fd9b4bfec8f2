import { account } from './account';
import { accountStatus } from './account-status';
import { admin } from './admin';
import { common } from './common';
import { customFields } from './custom-fields';
import { notifications } from './notifications';
import { password } from './password';
import { profileForm } from './profile-form';
import { users } from './users';

/**
 * The English messages (the default), every namespace. The provider's fallback is `enShared`;
 * `accountStatus`, `account` and `users` are imported by the components that show them.
 */
export const en = { locale: 'en', common, profileForm, password, notifications, customFields, admin, accountStatus, account, users };
