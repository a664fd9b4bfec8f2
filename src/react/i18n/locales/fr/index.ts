import type { ProfileKitMessages } from '../../messages';
import { account } from './account';
import { accountStatus } from './account-status';
import { admin } from './admin';
import { common } from './common';
import { customFields } from './custom-fields';
import { notifications } from './notifications';
import { password } from './password';
import { profileForm } from './profile-form';
import { users } from './users';

/** The French messages: `<ProfileKitProvider messages={fr} locale="fr">`. */
export const fr: ProfileKitMessages = { locale: 'fr', common, profileForm, password, notifications, customFields, admin, accountStatus, account, users };
