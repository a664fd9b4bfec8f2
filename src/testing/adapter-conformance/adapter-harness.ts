import type { ProfileAdapter, ProfileConfig, Viewer } from '../../core';
import type { MailMessage } from '../../service';

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
 * for every test, with the config it is given.
 */
export interface AdapterHarness {
  /** Creates an account directly on the backend (not through the adapter) and returns its id. */
  createAccount(account: HarnessAccount): Promise<{ userId: string }>;
  /** An adapter signed in as `viewer`, or signed out for `null`. */
  adapterFor(viewer: Viewer | null): ProfileAdapter;
  /**
   * Mail the backend sent, oldest first. A verification mail must carry its link, with the token
   * in a `token` query parameter.
   */
  sentMail(): Promise<MailMessage[]> | MailMessage[];
  /**
   * Moves the backend's clock forward. Optional: without it the expiry and throttle-window tests
   * are skipped (and say so).
   */
  advanceClock?(ms: number): Promise<void> | void;
  teardown?(): Promise<void>;
}

export interface AdapterConformanceOptions {
  /** Shown in the suite's title. */
  name: string;
  /** A fresh backend per test, configured with `config` (the suite's example config). */
  setup(config: ProfileConfig): Promise<AdapterHarness>;
}
