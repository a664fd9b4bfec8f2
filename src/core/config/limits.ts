/** Hard caps, whatever the config says: they bound the work one request can cause. */
export const LIMITS = {
  customFields: 100,
  accessRules: 20,
  selectOptions: 200,
  notificationChannels: 10,
  notificationTopics: 50,
  roles: 20,
  activeApps: 50,
  apiKeys: 50,
  identities: 20,
  label: 100,
  help: 500,
  key: 64,
  shortText: 1_000,
  longText: 10_000,
  email: 254,
  url: 2_048,
  locale: 35,
  phoneDigitsMin: 4,
  phoneDigitsMax: 15,
  /** Free attributes: entries per account, key and value lengths (the config may set less). */
  attributeEntries: 100,
  attributeKey: 64,
  attributeValue: 2_000,
} as const;

/** Field and option keys: safe as object keys and as form names (no `__proto__` and friends). */
export const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
/** Role names in access lists. */
export const ROLE_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;
