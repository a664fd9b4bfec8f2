import { defineProfileConfig, type ProfileAdapter, type ProfileConfig, type Viewer } from '../../core';
import {
  createOutboxMailer,
  createPbkdf2Hasher,
  createProfileService,
  type OutboxMailer,
  type PasswordHasher,
  type ProfileService,
  type ProfileStore,
} from '../../service';
import { createMemoryStore } from '../../stores/memory/create-memory-store';
import { createServiceAdapter } from '../service/create-service-adapter';
import { seederFor } from './seeder-for';

/** An account to create before first use: `createAccount` input (an `id` keeps viewers stable). */
export type SeedAccount = { id: string; email: string; password?: string; [field: string]: unknown };

export interface MemoryBackendOptions {
  /** From `defineProfileConfig`; default: the defaults. */
  config?: ProfileConfig;
  seed?: SeedAccount[];
  /**
   * The config the seed accounts are written under; default: `config`. A looser one seeds data
   * that `config` would no longer accept (a value in a field nobody may edit now), as data
   * written before a deployment's config got stricter.
   */
  seedConfig?: ProfileConfig;
  /** Default: PBKDF2-SHA256 at 600,000 iterations (Web Crypto). Tests may pass a cheaper one. */
  passwords?: PasswordHasher;
  clock?: () => Date;
  /** Default: `/verify-email?token=…` on the current origin. */
  verificationUrl?: (token: string) => string;
  /** The set-password link of an invitation (`createUser` with `invite: true`). Default: `/accept-invitation?token=…`. */
  invitationUrl?: (token: string) => string;
  /**
   * How long a scheduled erasure waits (`scheduleDeletion`); default 14 days, 0 erases at once.
   * Nothing purges by itself: call `backend.service.purgeDueAccounts()` (after moving `clock`).
   */
  deletionGracePeriodMs?: number;
}

export interface MemoryBackend {
  service: ProfileService;
  store: ProfileStore;
  /** Every mail "sent", for showing verification and invitation links in demos and reading them in tests. */
  mailer: OutboxMailer;
  /** Resolves once the seed accounts exist; every adapter call waits for it. */
  ready: Promise<void>;
  /** An adapter acting as `viewer`. */
  adapterFor(viewer: Viewer | null | (() => Viewer | null)): ProfileAdapter;
}

/** The real service over the memory store, mailer and a Web Crypto hasher: runs in a browser. */
export function createMemoryBackend(options: MemoryBackendOptions = {}): MemoryBackend {
  const config = options.config ?? defineProfileConfig();
  const store = createMemoryStore();
  const mailer = createOutboxMailer({ clock: options.clock });
  const passwords = options.passwords ?? createPbkdf2Hasher();
  const serviceUnder = (rules: ProfileConfig) =>
    createProfileService({
      store,
      config: rules,
      mailer,
      passwords,
      clock: options.clock,
      verificationUrl: options.verificationUrl ?? ((token) => `/verify-email?token=${encodeURIComponent(token)}`),
      invitationUrl: options.invitationUrl ?? ((token) => `/accept-invitation?token=${encodeURIComponent(token)}`),
      deletionGracePeriodMs: options.deletionGracePeriodMs,
    });
  const service = serviceUnder(config);
  const seedConfig = options.seedConfig ?? config;
  const seeding = options.seedConfig ? serviceUnder(seedConfig) : service;
  const ready = (async () => {
    for (const account of options.seed ?? []) await seeding.createAccount(seederFor(seedConfig), account);
  })();
  return {
    service,
    store,
    mailer,
    ready,
    adapterFor(viewer) {
      const adapter = createServiceAdapter(service, viewer);
      return Object.fromEntries(
        Object.entries(adapter).map(([name, method]) => [
          name,
          async (...args: unknown[]) => {
            await ready;
            return (method as (...a: unknown[]) => unknown)(...args);
          },
        ]),
      ) as unknown as ProfileAdapter;
    },
  };
}

export interface MemoryAdapterOptions extends MemoryBackendOptions {
  /** Who is signed in (a value, or a function read on every call). */
  viewer: Viewer | null | (() => Viewer | null);
}

/**
 * A `ProfileAdapter` over an in-browser backend: the real service and rules on a memory store.
 * For stories, tests and demos; state lives as long as the page. Use `createMemoryBackend` to
 * act as several viewers on one state.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions): ProfileAdapter {
  return createMemoryBackend(options).adapterFor(options.viewer);
}
