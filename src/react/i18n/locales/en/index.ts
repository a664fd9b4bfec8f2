import { admin } from './admin';
import { common } from './common';
import { customFields } from './custom-fields';
import { notifications } from './notifications';
import { password } from './password';
import { profileForm } from './profile-form';

/** The English messages (the default). */
export const en = { locale: 'en', common, profileForm, password, notifications, customFields, admin };
