import express, { type Express } from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpAdapter } from '../../src/adapters';
import { createProfileRouteHandlers, type ProfileRouteHandlersOptions } from '../../src/next';
import type { ProfileConfig, Viewer } from '../../src/core';
import {
  createMemoryStore,
  createProfileRouter,
  type ProfileRouterOptions,
  type ProfileService,
  type ProfileStore,
} from '../../src/server';
import type { ProfileServiceOptions } from '../../src/service';
import { exampleConfig, type AdapterHarness } from '../../src/testing';
import { PASSWORDS } from '../../src/testing/adapter-conformance/adapter-fixtures';
import { createTestService } from './memory-harness';
import { accountCreator, seederFor } from './seed';

// The one Express harness: the reference router over a test service, with a test stand-in for
// authentication (`Authorization: Bearer <token>` names a viewer registered here).

export { PASSWORDS };
export const BASE = '/api/profile';
export const CSRF = { 'x-profilekit': '1' } as const;

/** The test stand-in for a host's authentication: `Authorization: Bearer <token>` names a viewer in `viewers`. */
const bearer = (viewers: Map<string, Viewer>) => (authorization: string | null | undefined) =>
  viewers.get(authorization?.replace(/^Bearer /, '') ?? '') ?? null;

/** An Express app with the router over `service` at BASE, authenticating bearer tokens from `viewers`. */
function profileApp(service: ProfileService, viewers: Map<string, Viewer>, router?: Partial<ProfileRouterOptions>): Express {
  const app = express();
  const viewerOf = bearer(viewers);
  app.use(
    BASE,
    createProfileRouter({
      service,
      authenticate: (req) => viewerOf(req.get('authorization')),
      rateLimit: false,
      ...router,
    }),
  );
  return app;
}

export interface TestUser {
  id: string;
  token: string;
  auth: { authorization: string };
}

/**
 * The reference router in an Express app over `store`, seeded with alice, bob (users) and an
 * admin. A user's bearer token is their id.
 */
export async function createTestApp(
  options: { store?: ProfileStore; config?: ProfileConfig; router?: Partial<ProfileRouterOptions>; service?: Partial<ProfileServiceOptions> } = {},
) {
  const store = options.store ?? createMemoryStore();
  const config = options.config ?? exampleConfig;
  const { service, mailer, clock } = createTestService(store, config, (token) => `https://app.example${BASE}/email/verify?token=${token}`, options.service);
  const viewers = new Map<string, Viewer>();
  /** An Express app with the router over this service: call again for a second server instance. */
  const instance = (router: Partial<ProfileRouterOptions> | undefined = options.router): Express => profileApp(service, viewers, router);
  const app = instance();
  const seeder = seederFor(config);
  const make = async (email: string, password: string, name: string, roles: string[] = []): Promise<TestUser> => {
    const { id } = await service.createAccount(seeder, { email, password, name, roles });
    viewers.set(id, { userId: id, roles });
    return { id, token: id, auth: { authorization: `Bearer ${id}` } };
  };
  const users = {
    alice: await make('alice@example.com', PASSWORDS.alice, 'Alice Liddell'),
    bob: await make('bob@example.com', PASSWORDS.bob, 'Bob Builder'),
    admin: await make('admin@example.com', PASSWORDS.admin, 'Ada Admin', ['admin']),
  };
  /** Another signed-in user (a bearer token of its own), for tests that need more than the three. */
  const addUser = make;
  const viewerOf = bearer(viewers);
  /** The same service and sign-ins as Next.js route handlers (profilekit/next) at BASE, rate limit off unless given. */
  const nextRoutes = (options: Partial<ProfileRouteHandlersOptions> = {}) =>
    createProfileRouteHandlers({ service, basePath: BASE, authenticate: (request) => viewerOf(request.headers.get('authorization')), rateLimit: false, ...options });
  return { app, instance, nextRoutes, store, service, mailer, clock, users, config, addUser };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Listens on a free loopback port; for tests that need real concurrent HTTP. */
export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface HttpHarness extends AdapterHarness {
  baseUrl: string;
  service: ProfileService;
  store: ProfileStore;
  /** A bearer token that authenticates as `viewer`. */
  tokenFor(viewer: Viewer): string;
}

/** The reference router on a real port over `store`, as a conformance harness: the HTTP adapter talks to it with fetch. */
export async function startHttpHarness(
  config: ProfileConfig,
  store: ProfileStore,
  options: { teardownStore?: () => Promise<void>; router?: Partial<ProfileRouterOptions> } = {},
): Promise<HttpHarness> {
  let baseUrl = '';
  const { service, mailer, clock } = createTestService(store, config, (token) => `${baseUrl}/email/verify?token=${token}`);
  const viewers = new Map<string, Viewer>();
  const server = await listen(profileApp(service, viewers, options.router));
  baseUrl = server.url;
  const tokenFor = (viewer: Viewer) => {
    const token = `t-${viewer.userId}-${viewer.roles.join('.')}`;
    viewers.set(token, viewer);
    return token;
  };
  return {
    baseUrl,
    service,
    store,
    tokenFor,
    createAccount: accountCreator(service, config),
    adapterFor: (viewer) => createHttpAdapter({ baseUrl, headers: viewer ? { authorization: `Bearer ${tokenFor(viewer)}` } : {} }),
    sentMail: () => mailer.messages(),
    advanceClock: clock.advance,
    async teardown() {
      await server.close();
      await options.teardownStore?.();
    },
  };
}

/** Everything a denial must leave untouched: each account as stored and its audit trail length. */
export async function snapshot(store: ProfileStore, ids: string[]) {
  return Promise.all(
    ids.map(async (id) => ({
      account: await store.getAccount(id),
      audits: (await store.listAudit(id, { limit: 100 })).items.length,
    })),
  );
}
