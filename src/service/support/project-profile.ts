import {
  accountStatus,
  BUILTIN_FIELD_NAMES,
  BUILTIN_FIELDS,
  resolveNotifications,
  type AccountSummary,
  type ApiKeyView,
  type FieldAccessMap,
  type Profile,
  type ProfileConfig,
  type RecordName,
  type StoredAccount,
  type StoredApiKey,
} from '../../core';
import { copyPlain } from '../../core/domain/copy-plain';

export function maskApiKey(key: StoredApiKey): ApiKeyView {
  return { id: key.id, label: key.label, masked: `${key.prefix}…`, createdAt: key.createdAt };
}

/**
 * The plain built-in fields' values as the API shows them, before filtering: no secrets (API
 * keys masked, no password hash), no notifications (they need the config to resolve).
 */
export function plainFieldValues(account: StoredAccount): Record<string, unknown> {
  const records: Record<RecordName, Record<string, unknown>> = { main: { ...account.main }, data: { ...account.data } };
  const values: Record<string, unknown> = {};
  for (const name of BUILTIN_FIELD_NAMES) {
    if (name === 'id' || name === 'notifications') continue;
    values[name] = name === 'apiKeys' ? account.main.apiKeys.map(maskApiKey) : records[BUILTIN_FIELDS[name].record][name];
  }
  return values;
}

/** The lifecycle state a profile shows (to the holder and to admins: whoever may open it). */
function lifecycleOf(account: StoredAccount) {
  const { suspension, deletion } = account.main;
  return {
    status: accountStatus(account.main),
    purgeAt: deletion?.purgeAt ?? null,
    suspension: suspension ? { reason: suspension.reason, at: suspension.at } : null,
  };
}

/**
 * The account as `access` lets the viewer see it: hidden fields absent; `id`, `version` and the
 * lifecycle state (`status`, `purgeAt`, `suspension`) always there.
 */
export function projectProfile(config: ProfileConfig, account: StoredAccount, access: FieldAccessMap): Profile {
  const values: Record<string, unknown> = {
    ...plainFieldValues(account),
    notifications: resolveNotifications(config.notifications, account.data.notifications),
  };
  const profile: Record<string, unknown> = { id: account.id, version: account.version };
  for (const name of BUILTIN_FIELD_NAMES) {
    if (name !== 'id' && access[name]?.visible) profile[name] = copyPlain(values[name]);
  }
  const custom: Record<string, unknown> = {};
  for (const key of Object.keys(config.custom)) {
    const value = account.data.custom[key];
    if (access[`custom.${key}`]?.visible && value !== undefined) custom[key] = copyPlain(value);
  }
  if (Object.keys(config.custom).some((key) => access[`custom.${key}`]?.visible)) profile.custom = custom;
  if (config.attributes && access.attributes?.visible) {
    // Sorted: stores keep JSON keys in their own order (PostgreSQL's JSONB, for one).
    const entries = Object.entries(account.data.attributes ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    profile.attributes = Object.fromEntries(entries);
  }
  return Object.assign(profile, lifecycleOf(account)) as Profile;
}

export function summarizeAccount(account: StoredAccount, access: FieldAccessMap): AccountSummary {
  const { main, data } = account;
  return {
    id: account.id,
    ...(access.email?.visible ? { email: main.email } : {}),
    ...(access.emailVerified?.visible ? { emailVerified: main.emailVerified } : {}),
    ...(access.name?.visible ? { name: data.name } : {}),
    ...(access.roles?.visible ? { roles: [...main.roles] } : {}),
    ...(access.createdAt?.visible ? { createdAt: main.createdAt } : {}),
    status: accountStatus(main),
    purgeAt: main.deletion?.purgeAt ?? null,
  };
}
