import type { ProfileAdapter, ProfileConfig, Viewer } from '../../core';
import type { MailMessage } from '../../service';
import type { TestApi } from '../runner/test-api';

/** An account the suite asks the backend to create, as the host app's sign-up or seeding would. */
export interface HarnessAccount {
  email: string;
  password: string;
  name?: string;
  roles?: string[];
  billing?: { plan?: string; seats?: number };
}

/**
 * What `runAdapterConformance` needs from your backend. `setup` builds a fresh, empty backend
 * for every test, with the config it is given, invitations on (an invitation link to mail) and a
 * deletion grace period above zero (the default 14 days).
 */
export interface AdapterHarness {
  /** Creates an account directly on the backend (not through the adapter) and returns its id. */
  createAccount(account: HarnessAccount): Promise<{ userId: string }>;
  /** An adapter signed in as `viewer`, or signed out for `null`. */
  adapterFor(viewer: Viewer | null): ProfileAdapter;
  /**
   * Mail the backend sent, oldest first. A verification mail (and an invitation) must carry its
   * link, with the token in a `token` query parameter.
   */
  sentMail(): Promise<MailMessage[]> | MailMessage[];
  /**
   * Moves the backend's clock forward (expiry and throttle windows). Required unless the suite
   * runs with `clock: false`.
   */
  advanceClock?(ms: number): Promise<void> | void;
  teardown?(): Promise<void>;
}

export interface SuiteOptions {
  /**
   * Whether the harness can move the backend's clock. Default `true`; with `false` the tests of
   * expiry and throttle windows are skipped (reported as skipped, not passed).
   */
  clock: boolean;
}

export interface AdapterConformanceOptions extends Partial<SuiteOptions> {
  /** Shown in the suite's title. */
  name: string;
  /** A fresh backend per test, configured with `config` (the suite's example config, or a variant of it). */
  setup(config: ProfileConfig): Promise<AdapterHarness>;
  /** The test functions to register with. Default: the running vitest's, else the runner's globals (Jest); see `TestApi`. */
  api?: TestApi;
}
