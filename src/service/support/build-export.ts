import {
  ACCOUNT_EXPORT_FORMAT,
  ACCOUNT_EXPORT_VERSION,
  accountStatus,
  resolveNotifications,
  type AccountExport,
  type AuditEntry,
  type Page,
  type ProfileConfig,
  type StoredAccount,
} from '../../core';
import { copyPlain } from '../../core/domain/copy-plain';

/** Every page of an audit listing, newest first. */
export async function allPages(list: (page: { cursor: string | null; limit: number }) => Promise<Page<AuditEntry>>): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const page = await list({ cursor, limit: 100 });
    entries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

/**
 * The export document of `account` (see `AccountExport`). Each record's keys are named one by
 * one, never spread: a key a store may add to a record (a secret of its own) stays out.
 */
export function buildExport(
  config: Pick<ProfileConfig, 'notifications'>,
  account: StoredAccount,
  exportedAt: string,
  audit: { asTarget: AuditEntry[]; asActor: AuditEntry[] },
): AccountExport {
  const { main, data } = copyPlain(account);
  return {
    format: ACCOUNT_EXPORT_FORMAT,
    version: ACCOUNT_EXPORT_VERSION,
    exportedAt,
    account: {
      id: account.id,
      version: account.version,
      status: accountStatus(main),
      purgeAt: main.deletion?.purgeAt ?? null,
      suspension: main.suspension ?? null,
      deletion: main.deletion ?? null,
    },
    main: {
      email: main.email,
      emailVerified: main.emailVerified,
      pendingEmail: main.pendingEmail,
      hasPassword: main.passwordHash !== null,
      roles: main.roles,
      activeApps: main.activeApps,
      identities: main.identities,
      billing: main.billing,
      apiKeys: main.apiKeys.map((key) => ({ id: key.id, label: key.label, prefix: key.prefix, createdAt: key.createdAt })),
      createdAt: main.createdAt,
    },
    data: {
      name: data.name,
      givenName: data.givenName,
      familyName: data.familyName,
      phone: data.phone,
      company: data.company,
      picture: data.picture,
      locale: data.locale,
      notifications: data.notifications,
      custom: data.custom,
      attributes: data.attributes ?? {},
    },
    notifications: resolveNotifications(config.notifications, data.notifications),
    audit: {
      asTarget: audit.asTarget,
      asActor: audit.asActor.map(({ changes, ...entry }) => ({ ...entry, changes: changes.map((change) => ({ field: change.field })) })),
    },
  };
}
