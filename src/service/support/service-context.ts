import { DEFAULT_DELETION_GRACE_MS, type ProfileConfig } from '../../core';
import type { BreachedPasswordOptions } from '../contracts/breached-password-check';
import type { Mailer } from '../contracts/mailer';
import type { PasswordHasher } from '../contracts/password-hasher';
import type { ProfileStore, ThrottleRule } from '../contracts/profile-store';

export interface ProfileEvents {
  /** After a password change has committed: revoke the user's other sessions here. */
  onPasswordChanged?(event: { userId: string; at: string }): void | Promise<void>;
  /** After an account's email has changed (confirmed, or set by an admin). */
  onEmailChanged?(event: { userId: string; previousEmail: string; email: string; at: string }): void | Promise<void>;
  /** After an admin suspended an account: end its sessions here if your app should sign it out (its writes are refused anyway). */
  onAccountSuspended?(event: { userId: string; reason: string; by: string; at: string }): void | Promise<void>;
  /**
   * After an account was erased (the purge, an admin's `immediate`, a zero grace period): delete
   * what your app keeps about `userId` elsewhere (sessions, files, rows keyed by it).
   */
  onAccountErased?(event: { userId: string; at: string }): void | Promise<void>;
}

/** Options of `createProfileService`. */
export interface ProfileServiceOptions extends ProfileEvents {
  store: ProfileStore;
  /** From `defineProfileConfig`. */
  config: ProfileConfig;
  passwords: PasswordHasher;
  mailer: Mailer;
  /**
   * Builds the verification link for a token. Build it from a configured public base URL, never
   * from a request's Host header (which an attacker controls).
   */
  verificationUrl: (token: string) => string;
  /** Default: the system clock. */
  clock?: () => Date;
  /** Id generator for accounts and audit entries. Default: `crypto.randomUUID`. */
  ids?: () => string;
  /** How long a verification link stays valid. Default 24 hours. */
  emailTokenTtlMs?: number;
  /**
   * Builds the set-password link an invitation mails (`createAccount` with `invite: true`), e.g.
   * `` (token) => `https://app.example.com/api/profile/invitations/accept?token=${token}` `` (the
   * reference server's page). From a configured public URL, like `verificationUrl`. Without it
   * invitations are off: `invite: true` is refused and `GET /config` says `lifecycle.invite: false`.
   */
  invitationUrl?: (token: string) => string;
  /** How long an invitation link stays valid. Default 7 days. */
  invitationTokenTtlMs?: number;
  /**
   * How long after it is scheduled (`POST /me/deletion`, an admin's `scheduled`) an account is
   * erased, by the next `purgeDueAccounts()` after that. Default 14 days; 0 erases at once.
   */
  deletionGracePeriodMs?: number;
  throttles?: {
    /** Wrong current passwords per account. Default: 5 per 15 minutes. */
    currentPassword?: ThrottleRule[];
    /** Verification mails per account. Default: 1 per minute and 10 per hour. */
    verificationMail?: ThrottleRule[];
    /** Exports of one account (by anyone: each writes an audit entry). Default: 10 per hour. */
    export?: ThrottleRule[];
  };
  /**
   * Where failures that do not fail the request are reported: after a commit (mail, hooks), and
   * a failed breached-password check when it fails open. Default: `console.error`.
   */
  onBackgroundError?: (error: unknown, context: string) => void;
  /**
   * A breached-password check run on every new password that passed the policy (a password
   * change, an account created with a password). Default: none.
   */
  breachedPasswords?: BreachedPasswordOptions;
}

/** The options `createServiceContext` gives a default. */
type Defaulted = 'clock' | 'ids' | 'emailTokenTtlMs' | 'invitationTokenTtlMs' | 'deletionGracePeriodMs' | 'throttles' | 'onBackgroundError';

/** What every operation works with: the options with their defaults filled in. */
export interface ServiceContext extends Omit<ProfileServiceOptions, Defaulted>, Required<Pick<ProfileServiceOptions, Exclude<Defaulted, 'throttles'>>> {
  throttles: Required<NonNullable<ProfileServiceOptions['throttles']>>;
}

const MINUTE = 60_000;

export function createServiceContext(options: ProfileServiceOptions): ServiceContext {
  return {
    ...options,
    clock: options.clock ?? (() => new Date()),
    ids: options.ids ?? (() => globalThis.crypto.randomUUID()),
    emailTokenTtlMs: options.emailTokenTtlMs ?? 24 * 60 * MINUTE,
    invitationTokenTtlMs: options.invitationTokenTtlMs ?? 7 * 24 * 60 * MINUTE,
    deletionGracePeriodMs: options.deletionGracePeriodMs ?? DEFAULT_DELETION_GRACE_MS,
    throttles: {
      currentPassword: options.throttles?.currentPassword ?? [{ limit: 5, windowMs: 15 * MINUTE }],
      verificationMail: options.throttles?.verificationMail ?? [
        { limit: 1, windowMs: MINUTE },
        { limit: 10, windowMs: 60 * MINUTE },
      ],
      export: options.throttles?.export ?? [{ limit: 10, windowMs: 60 * MINUTE }],
    },
    onBackgroundError:
      options.onBackgroundError ?? ((error, context) => console.error(`profilekit: ${context} failed`, error)),
  };
}

/** Runs work that must not fail a committed save (mail, hooks); failures are reported, not thrown. */
export async function afterCommit(ctx: ServiceContext, context: string, work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (error) {
    ctx.onBackgroundError(error, context);
  }
}
