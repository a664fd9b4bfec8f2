import { isProfileError, type ProfileAdapter, type ProfileConfig, type ProfileErrorCode, type Viewer } from '../../core';
import { exampleConfig } from '../fixtures/example-config';
import type { MailKind } from '../../service';
import type { AdapterConformanceOptions, AdapterHarness } from './adapter-harness';
import type { TestApi } from '../runner/test-api';

export const PASSWORDS = {
  alice: 'Kettle-Orbit-Plum-92',
  bob: 'Lantern^Quilt&Moss-17',
  admin: 'Harbor*Violet*Anvil-55',
  fresh: 'Granite_Tulip_Comet-38',
} as const;

export interface World {
  harness: AdapterHarness;
  alice: { id: string; viewer: Viewer; adapter: ProfileAdapter };
  bob: { id: string; viewer: Viewer; adapter: ProfileAdapter };
  admin: { id: string; viewer: Viewer; adapter: ProfileAdapter };
  anonymous: ProfileAdapter;
}

/**
 * A fresh backend with alice, bob (users) and an admin for every test of the suite, configured
 * with `config` (default: the example config).
 */
export function useWorld(t: TestApi, options: AdapterConformanceOptions, config: ProfileConfig = exampleConfig): () => World {
  const { beforeEach, afterEach } = t;
  let world: World | undefined;
  beforeEach(async () => {
    const harness = await options.setup(config);
    const make = async (email: string, password: string, name: string, roles: string[] = []) => {
      const { userId } = await harness.createAccount({ email, password, name, roles });
      const viewer = { userId, roles };
      return { id: userId, viewer, adapter: harness.adapterFor(viewer) };
    };
    world = {
      harness,
      alice: await make('alice@example.com', PASSWORDS.alice, 'Alice Liddell'),
      bob: await make('bob@example.com', PASSWORDS.bob, 'Bob Builder'),
      admin: await make('admin@example.com', PASSWORDS.admin, 'Ada Admin', ['admin']),
      anonymous: harness.adapterFor(null),
    };
  });
  afterEach(async () => {
    await world?.harness.teardown?.();
    world = undefined;
  });
  return () => {
    if (!world) throw new Error('conformance world used outside a test');
    return world;
  };
}

/** Awaits `promise` and asserts it rejects with a ProfileError of `code`; returns the error. */
export async function expectProfileError(promise: Promise<unknown>, code: ProfileErrorCode) {
  const outcome = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`expected a ProfileError "${code}", but it resolved`);
  if (!isProfileError(outcome.error)) throw new Error(`expected a ProfileError "${code}", got ${String(outcome.error)}`);
  if (outcome.error.code !== code) {
    throw new Error(`expected a ProfileError "${code}", got "${outcome.error.code}": ${outcome.error.message}`);
  }
  return outcome.error;
}

/** The token of the newest verification mail (or mail of `kind`, such as an invitation) sent to `to`. */
export async function latestToken(harness: AdapterHarness, to: string, kind: MailKind = 'email-verification'): Promise<string> {
  const mail = (await harness.sentMail()).filter((m) => m.kind === kind && m.to === to);
  const link = mail[mail.length - 1]?.link;
  if (!link) throw new Error(`no ${kind} mail to ${to}`);
  const token = new URL(link, 'http://link.invalid').searchParams.get('token');
  if (!token) throw new Error(`verification link without a token: ${link}`);
  return token;
}

/** The number of audit entries an admin sees for `userId`, across all pages. */
export async function auditCount(admin: ProfileAdapter, userId: string): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<ProfileAdapter['listAudit']>> = await admin.listAudit(userId, { cursor, limit: 100 });
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}
