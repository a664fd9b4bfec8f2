/**
 * The English names of the built-in fields and of the free attributes list, by id: what a label
 * the app's config leaves out stands for (the config carries only the app's own labels). The one
 * place these words are written: the React layer's `common.fieldLabels` is this catalogue (its
 * translations hold the same keys); a client without a catalogue shows them as they are.
 */
export const DEFAULT_LABELS = {
  id: 'Account ID',
  email: 'Email',
  emailVerified: 'Email verified',
  pendingEmail: 'Pending email',
  name: 'Name',
  givenName: 'Given name',
  familyName: 'Family name',
  phone: 'Phone',
  company: 'Company',
  picture: 'Picture URL',
  locale: 'Language',
  notifications: 'Notifications',
  identities: 'Linked accounts',
  roles: 'Roles',
  activeApps: 'Active apps',
  createdAt: 'Created',
  billing: 'Billing',
  apiKeys: 'API keys',
  attributes: 'Other attributes',
};
