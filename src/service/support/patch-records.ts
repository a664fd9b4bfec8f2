import {
  mergePatch,
  ProfileError,
  recordOf,
  splitName,
  fieldIssue,
  issueFields,
  tooManyAttributesIssue,
  type DataRecord,
  type MainRecord,
  type ProfileConfig,
  type ProfilePatch,
  type RecordName,
  type StoredAccount,
} from '../../core';

/** The keys of `patch` stored in `record`. */
function patchOf(patch: ProfilePatch, record: RecordName): ProfilePatch {
  return Object.fromEntries(Object.entries(patch).filter(([key]) => recordOf(key as keyof ProfilePatch) === record));
}

/**
 * The records after a validated patch, merged as `mergePatch` merges. `name` also sets
 * `givenName` and `familyName` (split) unless the patch sets those itself; an account may hold
 * at most `config.attributes.maxEntries` free attributes (`validation` on `attributes`; a save
 * that does not add to an over-full set, after the limit was lowered, still goes through);
 * `apiKeys` keeps (and relabels) the listed keys and revokes the rest.
 */
export function patchRecords(
  account: StoredAccount,
  patch: ProfilePatch,
  config: Pick<ProfileConfig, 'attributes'>,
): { main: MainRecord; data: DataRecord } {
  const main = mergePatch(account.main, patchOf(patch, 'main'));
  // Stores written before free attributes existed may lack them.
  const before: DataRecord = { ...account.data, attributes: account.data.attributes ?? {} };
  const data = mergePatch(before, patchOf(patch, 'data'));

  if (typeof patch.name === 'string') {
    const split = splitName(patch.name);
    if (patch.givenName === undefined) data.givenName = split.givenName;
    if (patch.familyName === undefined) data.familyName = split.familyName;
  }
  if (patch.attributes) {
    const count = Object.keys(data.attributes).length;
    const max = config.attributes?.maxEntries ?? 0;
    if (count > max && count > Object.keys(before.attributes).length) {
      throw new ProfileError('validation', 'Too many attributes', issueFields({ attributes: tooManyAttributesIssue({ maxEntries: max }) }));
    }
  }
  if (patch.apiKeys) {
    const held = new Map(main.apiKeys.map((key) => [key.id, key]));
    const unknown = patch.apiKeys.filter((key) => !held.has(key.id)).map((key) => key.id);
    if (unknown.length > 0) {
      throw new ProfileError('validation', 'Unknown API key', issueFields({ apiKeys: fieldIssue('noSuchKey', { keys: unknown.join(', ') }) }));
    }
    main.apiKeys = patch.apiKeys.map((key) => ({ ...held.get(key.id)!, label: key.label }));
  }
  return { main, data };
}
