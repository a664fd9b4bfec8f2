import type { AccountStatus, ScheduledDeletion, Suspension } from './account-status';
import type { AuditEntry } from './audit';
import type { DataRecord, MainRecord } from './records';

/** `AccountExport.format`: names the shape, so a file found later says what it is. */
export const ACCOUNT_EXPORT_FORMAT = 'profilekit.account-export';
/** `AccountExport.version`: raised on any change to the shape that an older reader would misread. */
export const ACCOUNT_EXPORT_VERSION = 1;

/** An API key in an export: by its display prefix, never its hash. */
export interface ExportedApiKey {
  id: string;
  label: string;
  /** The key's first characters, as the profile shows them masked (`pk_live_ab12…`). */
  prefix: string;
  createdAt: string;
}

/**
 * An audit entry the account made on another account: which fields it changed and when, but
 * not their values (those are the other person's data).
 */
export interface ExportedActorEntry extends Omit<AuditEntry, 'changes'> {
  changes: { field: string }[];
}

/**
 * Everything stored about one account, as `GET /me/export` and `GET /users/:id/export` hand it
 * out (a JSON download): the data subject's copy under GDPR Art. 15 and 20. Version 1.
 *
 * It holds both records whole, whatever the field config's `view` lists say (an admin-only
 * custom field or the billing data are stored about the person, so they are in it), and never a
 * secret: no password hash, no token of any kind, API keys by prefix only. Audit entries about
 * the account keep their values; entries the account wrote about others name the fields only.
 *
 * @example
 * {
 *   "format": "profilekit.account-export", "version": 1, "exportedAt": "2026-12-03T10:00:00.000Z",
 *   "account": { "id": "u1", "version": 7, "status": "active", "purgeAt": null, "suspension": null },
 *   "main": { "email": "ada@example.com", "emailVerified": true, "pendingEmail": null, "hasPassword": true, … },
 *   "data": { "name": "Ada Lovelace", "notifications": { "email": { "product": true } }, "custom": {}, "attributes": {}, … },
 *   "notifications": { "email": { "security": true, "product": true } },
 *   "audit": { "asTarget": [ … ], "asActor": [ … ] }
 * }
 */
export interface AccountExport {
  format: typeof ACCOUNT_EXPORT_FORMAT;
  version: typeof ACCOUNT_EXPORT_VERSION;
  /** ISO 8601: when this export was made. */
  exportedAt: string;
  account: {
    id: string;
    /** The profile version at export time. */
    version: number;
    status: AccountStatus;
    /** When a scheduled erasure happens, `null` when none is. */
    purgeAt: string | null;
    suspension: Suspension | null;
    deletion: ScheduledDeletion | null;
  };
  /**
   * The `main` record: email, verification, the pending email, roles, active apps, linked
   * identities, billing, API keys (by prefix), created at. `hasPassword` says whether a password
   * is set; the hash itself never leaves the server.
   */
  main: Omit<MainRecord, 'passwordHash' | 'apiKeys' | 'suspension' | 'deletion'> & { hasPassword: boolean; apiKeys: ExportedApiKey[] };
  /** The `data` record: names, contact, locale, the notification choices made, custom fields, free attributes. */
  data: DataRecord;
  /** The notification preferences in effect (each topic's default where no choice was made), channel -> topic -> on. */
  notifications: Record<string, Record<string, boolean>>;
  /** Newest first, every page. */
  audit: {
    /** Every entry about this account, with before/after values (secrets were never recorded). */
    asTarget: AuditEntry[];
    /** Every entry this account wrote about other accounts, without their values. */
    asActor: ExportedActorEntry[];
  };
}
