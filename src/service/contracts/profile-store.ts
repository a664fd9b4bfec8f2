import type { AuditEntry, Page, PageRequest, StoredAccount } from '../../core';

/** A pending email verification, as stored. The raw token is never stored, only its hash. */
export interface EmailTokenRecord {
  /** SHA-256 (hex) of the token mailed to the user. */
  tokenHash: string;
  accountId: string;
  /** The normalised address the token verifies. */
  email: string;
  /** ISO 8601. */
  expiresAt: string;
  createdAt: string;
}

/**
 * An invitation to choose a password (`createAccount` with `invite: true`), as stored: the
 * email token's shape (`email` is the invited address), kept apart from email tokens so that
 * neither flow voids the other's link. The raw token is never stored, only its hash.
 */
export type InvitationTokenRecord = EmailTokenRecord;

/**
 * One save: both records at their new state and its audit entry, applied atomically if and only
 * if the account is still at `expectedVersion` (compare-and-swap, never read-check-write).
 */
export interface AccountWrite {
  id: string;
  expectedVersion: number;
  main: StoredAccount['main'];
  data: StoredAccount['data'];
  /** Written in the same transaction: exactly one per successful save. */
  audit: AuditEntry;
  /**
   * The account's email tokens after this save: `undefined` leaves them, `null` deletes them all,
   * a record replaces them all with this one (so a newer request voids the older link).
   */
  emailToken?: EmailTokenRecord | null;
  /** The account's invitation token after this save, like `emailToken`: `null` deletes it (an accepted invitation). */
  invitationToken?: InvitationTokenRecord | null;
}

/**
 * The erasure of one account (`ProfileStore.eraseAccount`), carried out in one transaction only
 * if its conditions hold inside it.
 */
export interface AccountErasure {
  id: string;
  /**
   * The purge's condition: erase only if the account's erasure is scheduled (`main.deletion`)
   * with a `purgeAt` at or before this time, as the account stands inside the transaction (a
   * cancellation that committed first wins). Absent: no such condition (an admin's "now").
   */
  dueBy?: Date;
  /** Erase only if the account is still at this version (an admin's `If-Match`). */
  expectedVersion?: number;
  /** The account's throttle keys, forgotten with it (`current-password:<id>`, …). */
  throttleKeys: readonly string[];
  /** The last entry of the account's trail: `account.erased`, no changes. Written in the same transaction. */
  audit: AuditEntry;
}

/** A limit on hits: at most `limit` within the last `windowMs`. */
export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

export type ThrottleResult =
  | { ok: true; hitId: string }
  /** `retryAt`: the earliest time the hit would be allowed (ISO 8601). */
  | { ok: false; retryAt: string };

export interface AccountQuery extends PageRequest {
  /** Case-insensitive substring of the email or the display name. */
  query?: string;
  limit: number;
}

/**
 * Where accounts live. Implementations: memory (`createMemoryStore`), SQLite and PostgreSQL.
 * Run `runStoreConformance` from `profilekit/testing` against yours.
 *
 * Semantics every implementation must keep:
 * - `insertAccount` and `commitAccount` are atomic: the records, the audit entry and the
 *   token change land together or not at all.
 * - Email uniqueness is enforced by the store itself (a unique index on `main.email`, which the
 *   service has normalised), so two concurrent claims cannot both win: the loser throws
 *   `ProfileError('email_taken')`.
 * - `commitAccount` is a compare-and-swap on the version: when the account is no longer at
 *   `expectedVersion` it throws `ProfileError('version_conflict')` and writes nothing; when it
 *   is, the account moves to `expectedVersion + 1`. Missing account: `ProfileError('not_found')`.
 * - Reads return copies: mutating a result never changes the store.
 * - Throttles are shared by every process using the store, and `takeThrottle` is atomic (two
 *   concurrent takes cannot both get the last slot).
 * - `eraseAccount` is atomic and conditional: the records, tokens, throttles and the audit scrub
 *   land together, and only if the account still meets the erasure's conditions inside the
 *   transaction; a concurrent save either commits first (and is erased with the rest, or stops
 *   the purge by cancelling) or finds the account gone (`not_found`). Nothing is half-erased.
 */
export interface ProfileStore {
  getAccount(id: string): Promise<StoredAccount | null>;
  /** The id of the account whose (normalised) email this is, or `null`. */
  findAccountIdByEmail(email: string): Promise<string | null>;
  /**
   * Creates an account at version 1 with its first audit entry, and its invitation token when
   * given, in one transaction. Throws `email_taken`.
   */
  insertAccount(account: StoredAccount, audit: AuditEntry, options?: { invitationToken?: InvitationTokenRecord }): Promise<void>;
  /** Saves a change (see `AccountWrite`) and returns the account at its new version. */
  commitAccount(write: AccountWrite): Promise<StoredAccount>;
  /** Accounts in creation order (oldest first), filtered by `query`, paged with an opaque cursor. */
  listAccounts(query: AccountQuery): Promise<Page<StoredAccount>>;
  /** An account's audit entries, newest first, paged with an opaque cursor. */
  listAudit(accountId: string, page: { cursor?: string | null; limit: number }): Promise<Page<AuditEntry>>;
  findEmailToken(tokenHash: string): Promise<EmailTokenRecord | null>;
  findInvitationToken(tokenHash: string): Promise<InvitationTokenRecord | null>;
  /**
   * Appends an audit entry alone: no record changes and the version stays (an export is read,
   * not saved, yet audited). The entry lists under its target and actor like any other.
   */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The entries `actorId` wrote (about any account, its own included), newest first, paged with an opaque cursor. */
  listAuditByActor(actorId: string, page: { cursor?: string | null; limit: number }): Promise<Page<AuditEntry>>;
  /** Ids of accounts whose scheduled erasure is due at `now` (`main.deletion.purgeAt <= now`), the earliest due first, at most `limit`. */
  findDueDeletions(now: Date, limit: number): Promise<string[]>;
  /**
   * Erases an account (see `AccountErasure`) in one transaction: both records, its email and
   * invitation tokens and the given throttle keys go; its audit entries (as target) stay, each
   * change's `before` and `after` replaced by `"[erased]"` (`erasedChanges`: redacted changes
   * stay as they are, free attribute names become `attributes.[erased]`); then `erasure.audit`
   * is appended. Its address is free again at once. Returns the account as it was when erased,
   * or `null`, writing nothing, when it is missing or a condition does not hold.
   */
  eraseAccount(erasure: AccountErasure): Promise<StoredAccount | null>;
  /** Records a hit on `key` if every rule still has room at `now`; else says when to retry. */
  takeThrottle(key: string, rules: readonly ThrottleRule[], now: Date): Promise<ThrottleResult>;
  /** Forgets one hit (a correct password does not count against the limit). */
  releaseThrottle(key: string, hitId: string): Promise<void>;
}
