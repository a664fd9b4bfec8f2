import { admin } from './admin';
import { common } from './common';
import { customFields } from './custom-fields';
import { notifications } from './notifications';
import { password } from './password';
import { profileForm } from './profile-form';

/**
 * The English of the namespaces every component may read (`useMessages`): what the provider
 * falls back to. The account lifecycle's namespaces come with their components instead.
 */
export const enShared = { locale: 'en', common, profileForm, password, notifications, customFields, admin };
