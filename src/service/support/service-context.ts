import type { ProfileConfig } from '../../core';
import type { BreachedPasswordOptions } from '../contracts/breached-password-check';
import type { Mailer } from '../contracts/mailer';
import type { PasswordHasher } from '../contracts/password-hasher';
import type { ProfileStore, ThrottleRule } from '../contracts/profile-store';

export interface ProfileEvents {
  /** After a password change has committed: revoke the user's other sessions here. */
  onPasswordChanged?(event: { userId: string; at: string }): void | Promise<void>;
  /** After an account's email has changed (confirmed, or set by an admin). */
  onEmailChanged?(event: { userId: string; previousEmail: string; email: string; at: string }): void | Promise<void>;
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
  throttles?: {
    /** Wrong current passwords per account. Default: 5 per 15 minutes. */
    currentPassword?: ThrottleRule[];
    /** Verification mails per account. Default: 1 per minute and 10 per hour. */
    verificationMail?: ThrottleRule[];
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
type Defaulted = 'clock' | 'ids' | 'emailTokenTtlMs' | 'throttles' | 'onBackgroundError';

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
    throttles: {
      currentPassword: options.throttles?.currentPassword ?? [{ limit: 5, windowMs: 15 * MINUTE }],
      verificationMail: options.throttles?.verificationMail ?? [
        { limit: 1, windowMs: MINUTE },
        { limit: 10, windowMs: 60 * MINUTE },
      ],
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
