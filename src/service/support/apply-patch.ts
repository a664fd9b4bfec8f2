import {
  ProfileError,
  splitName,
  issueFields,
  tooManyAttributesIssue,
  type DataRecord,
  type MainRecord,
  type ProfileConfig,
  type ProfilePatch,
  type StoredAccount,
} from '../../core';

/**
 * The records after a validated patch. `name` also sets `givenName` and `familyName` (split)
 * unless the patch sets those itself; notifications and custom fields merge key by key, `null`
 * removing a custom value; free attributes likewise (`null` removes), and an account may then
 * hold at most `config.attributes.maxEntries` of them (`validation` on `attributes`; a save that
 * does not add to an over-full set, after the limit was lowered, still goes through);
 * `apiKeys` keeps (and relabels) the listed keys and revokes the rest.
 */
export function applyPatch(
  account: StoredAccount,
  patch: ProfilePatch,
  config: Pick<ProfileConfig, 'attributes'>,
): { main: MainRecord; data: DataRecord } {
  // Copies of what this function writes into (the top level of each record, and the maps it
  // merges keys into); the rest is shared with `account`, which nothing mutates (no deep clone
  // of the whole account per save: values are replaced, never changed in place).
  const main: MainRecord = { ...account.main };
  const data: DataRecord = {
    ...account.data,
    notifications: { ...account.data.notifications },
    custom: { ...account.data.custom },
    attributes: { ...account.data.attributes },
  };

  for (const field of ['name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale'] as const) {
    if (patch[field] !== undefined) data[field] = patch[field];
  }
  if (typeof patch.name === 'string') {
    const split = splitName(patch.name);
    if (patch.givenName === undefined) data.givenName = split.givenName;
    if (patch.familyName === undefined) data.familyName = split.familyName;
  }
  if (patch.notifications) {
    for (const [channel, topics] of Object.entries(patch.notifications)) {
      data.notifications[channel] = { ...data.notifications[channel], ...topics };
    }
  }
  if (patch.custom) {
    for (const [key, value] of Object.entries(patch.custom)) {
      if (value === null) delete data.custom[key];
      else data.custom[key] = value;
    }
  }
  if (patch.attributes) {
    const before = Object.keys(data.attributes).length;
    for (const [key, value] of Object.entries(patch.attributes)) {
      if (value === null) delete data.attributes[key];
      else data.attributes[key] = value;
    }
    const after = Object.keys(data.attributes).length;
    const max = config.attributes?.maxEntries ?? 0;
    if (after > max && after > before) {
      throw new ProfileError('validation', 'Too many attributes', issueFields({ attributes: tooManyAttributesIssue({ maxEntries: max }) }));
    }
  }
  if (patch.roles) main.roles = patch.roles;
  if (patch.activeApps) main.activeApps = patch.activeApps;
  if (patch.billing !== undefined) main.billing = patch.billing;
  if (patch.apiKeys) {
    const held = new Map(main.apiKeys.map((key) => [key.id, key]));
    const unknown = patch.apiKeys.filter((key) => !held.has(key.id)).map((key) => key.id);
    if (unknown.length > 0) {
      throw new ProfileError('validation', 'Unknown API key', { fields: { apiKeys: `No such key: ${unknown.join(', ')}` } });
    }
    main.apiKeys = patch.apiKeys.map((key) => ({ ...held.get(key.id)!, label: key.label }));
  }
  return { main, data };
}
