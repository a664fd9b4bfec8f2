import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createHttpAdapter, createMemoryBackend, type MemoryBackend, type SeedAccount } from '../../src/adapters';
import type { ProfileAdapter, ProfileConfig, Viewer } from '../../src/core';
import { exampleAccounts, exampleConfig, exampleViewers, type AdapterHarness } from '../../src/testing';
import { createProfileMswHandlers } from '../../src/testing/msw';
import { createTestClock, testHasher } from './memory-harness';
import { accountCreator } from './seed';

/** The two ways the components meet a backend in tests: in-process, and over HTTP through msw. */
export type BackendKind = 'memory' | 'http';
export const BACKEND_KINDS: BackendKind[] = ['memory', 'http'];

const BASE = 'http://profilekit.test/api/profile';
const VIEWER_HEADER = 'x-test-viewer';

// One msw server per test file; each backend registers its handlers on it.
const server = setupServer();
let listening = false;

/** Call once at the top of a test file that uses `http` backends. */
export function useMswServer() {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    listening = true;
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    server.close();
    listening = false;
  });
}

export interface ComponentBackend {
  kind: BackendKind;
  backend: MemoryBackend;
  clock: ReturnType<typeof createTestClock>;
  /** An adapter acting as `viewer` (default: the example user). */
  adapterFor(viewer?: Viewer | null): ProfileAdapter;
  /** The example user's and admin's adapters. */
  user: ProfileAdapter;
  admin: ProfileAdapter;
}

export interface ComponentBackendOptions {
  config?: ProfileConfig;
  seed?: SeedAccount[];
  /** The service's grace period before an erasure (default 14 days; 0 erases at once). */
  deletionGracePeriodMs?: number;
}

/**
 * A fresh backend (the real service on a memory store, the example config and accounts) reached
 * the `kind` way: directly (memory adapter) or through `createHttpAdapter` -> msw -> the same
 * `createProfileHandler` the Express router uses.
 */
export async function createComponentBackend(kind: BackendKind, options: ComponentBackendOptions = {}): Promise<ComponentBackend> {
  const clock = createTestClock();
  const backend = createMemoryBackend({
    config: options.config ?? exampleConfig,
    seed: options.seed ?? [exampleAccounts.user, exampleAccounts.admin],
    passwords: testHasher,
    clock: clock.now,
    deletionGracePeriodMs: options.deletionGracePeriodMs,
  });
  await backend.ready;
  const viewers = new Map<string, Viewer | null>();
  if (kind === 'http') {
    if (!listening) throw new Error('call useMswServer() in this test file');
    server.use(
      ...createProfileMswHandlers({
        baseUrl: BASE,
        backend,
        viewer: (request) => viewers.get(request.headers.get(VIEWER_HEADER) ?? '') ?? null,
      }),
    );
  }
  const adapterFor = (viewer: Viewer | null = exampleViewers.user): ProfileAdapter => {
    if (kind === 'memory') return backend.adapterFor(viewer);
    const key = `v${viewers.size}`;
    viewers.set(key, viewer);
    return createHttpAdapter({ baseUrl: BASE, headers: { [VIEWER_HEADER]: key } });
  };
  return { kind, backend, clock, adapterFor, user: adapterFor(exampleViewers.user), admin: adapterFor(exampleViewers.admin) };
}

/** A component backend as an adapter conformance harness: no seed, accounts made by the seeder. */
export async function createConformanceHarness(kind: BackendKind, config: ProfileConfig): Promise<AdapterHarness & { backend: MemoryBackend }> {
  const { backend, clock, adapterFor } = await createComponentBackend(kind, { config, seed: [] });
  return {
    backend,
    createAccount: accountCreator(backend.service, config),
    adapterFor,
    sentMail: () => backend.mailer.messages(),
    advanceClock: clock.advance,
  };
}

/** Wraps an adapter so that `method` fails once (or always) with `error`: network failures, rate limits. */
export function failing<K extends keyof ProfileAdapter>(adapter: ProfileAdapter, method: K, error: unknown, { times = Infinity } = {}): ProfileAdapter {
  let left = times;
  return {
    ...adapter,
    [method]: (...args: unknown[]) => {
      if (left-- > 0) return Promise.reject(error);
      return (adapter[method] as (...a: unknown[]) => unknown)(...args);
    },
  } as ProfileAdapter;
}

/** An adapter whose `method` never answers (loading states). */
export function hanging<K extends keyof ProfileAdapter>(adapter: ProfileAdapter, method: K): ProfileAdapter {
  return { ...adapter, [method]: () => new Promise(() => {}) } as ProfileAdapter;
}

/** Wraps an adapter so that calls to `method` wait until `release()` (saving states). */
export function gated<K extends keyof ProfileAdapter>(adapter: ProfileAdapter, method: K) {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const wrapped = {
    ...adapter,
    [method]: async (...args: unknown[]) => {
      await gate;
      return (adapter[method] as (...a: unknown[]) => unknown)(...args);
    },
  } as ProfileAdapter;
  return { adapter: wrapped, release: () => open() };
}
