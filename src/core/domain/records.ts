import type { ApiKeyView, Billing, Identity, NotificationPrefs } from '../schemas/builtin-value-schemas';
import type { CustomValue } from '../schemas/custom-field-schema';
import type { ScheduledDeletion, Suspension } from './account-status';

/** An API key as stored: the secret itself is never kept, only its hash and a display prefix. */
export interface StoredApiKey {
  id: string;
  label: string;
  /** The first characters of the key, shown masked (`pk_live_ab12…`). */
  prefix: string;
  /** Hash of the full key, for the host app's key check. Never leaves the server. */
  hash: string;
  createdAt: string;
}

/** The `main` record (sort key `main`): credentials, email, roles, and admin-only data. */
export interface MainRecord {
  /** Normalised (see `normalizeEmail`); unique across accounts. */
  email: string;
  emailVerified: boolean;
  /** An address awaiting verification; the account email stays `email` until confirmed. */
  pendingEmail: string | null;
  /** PHC string; never returned, logged or audited. `null` for accounts without a password. */
  passwordHash: string | null;
  roles: string[];
  activeApps: string[];
  identities: Identity[];
  billing: Billing | null;
  apiKeys: StoredApiKey[];
  createdAt: string;
  /**
   * Set while an admin has the account suspended (see `AccountStatus`). Records written before
   * lifecycle states existed lack it: read a missing one as `null`.
   */
  suspension?: Suspension | null;
  /** Set while the account's erasure is scheduled; missing reads as `null` like `suspension`. */
  deletion?: ScheduledDeletion | null;
}

/** The `data` record (sort key `data`): what the account holder presents of themselves. */
export interface DataRecord {
  name: string | null;
  givenName: string | null;
  familyName: string | null;
  phone: string | null;
  company: string | null;
  picture: string | null;
  locale: string | null;
  /** Only the choices the account holder made; defaults come from the config. */
  notifications: NotificationPrefs;
  custom: Record<string, CustomValue>;
  /**
   * Free key/value attributes (when the config enables them). Stores written before they
   * existed may lack it: read a missing one as `{}`.
   */
  attributes: Record<string, string>;
}

/** One account as a store keeps it: both records and the version they are at. */
export interface StoredAccount {
  id: string;
  /** Starts at 1; every save increments it by exactly one. */
  version: number;
  main: MainRecord;
  data: DataRecord;
}

export type { ApiKeyView, Billing, Identity, NotificationPrefs };
