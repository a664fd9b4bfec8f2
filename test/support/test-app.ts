import express, { type Express } from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { ProfileConfig, Viewer } from '../../src/core';
import {
  createMemoryStore,
  createProfileRouter,
  type ProfileRouterOptions,
  type ProfileStore,
} from '../../src/server';
import type { ProfileServiceOptions } from '../../src/service';
import { exampleConfig } from '../../src/testing';
import { PASSWORDS } from '../../src/testing/adapter-conformance/adapter-fixtures';
import { createTestService } from './memory-harness';

export { PASSWORDS };
export const BASE = '/api/profile';
export const CSRF = { 'x-profilekit': '1' } as const;

export interface TestUser {
  id: string;
  token: string;
  auth: { authorization: string };
}

/**
 * The reference router in an Express app over `store`, seeded with alice, bob (users) and an
 * admin. Authentication is a test stand-in: `Authorization: Bearer <user id>`.
 */
export async function createTestApp(
  options: { store?: ProfileStore; config?: ProfileConfig; router?: Partial<ProfileRouterOptions>; service?: Partial<ProfileServiceOptions> } = {},
) {
  const store = options.store ?? createMemoryStore();
  const config = options.config ?? exampleConfig;
  const { service, mailer, clock } = createTestService(store, config, (token) => `https://app.example${BASE}/email/verify?token=${token}`, options.service);
  const viewers = new Map<string, Viewer>();
  /** An Express app with the router over this service: call again for a second server instance. */
  const instance = (router: Partial<ProfileRouterOptions> | undefined = options.router): Express => {
    const app = express();
    app.use(
      BASE,
      createProfileRouter({
        service,
        authenticate: (req) => viewers.get(req.get('authorization')?.replace(/^Bearer /, '') ?? '') ?? null,
        rateLimit: false,
        ...router,
      }),
    );
    return app;
  };
  const app = instance();
  const seeder = { userId: 'seeder', roles: ['admin'] };
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
  return { app, instance, store, service, mailer, clock, users, config };
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

/** Everything a denial must leave untouched: each account as stored and its audit trail length. */
export async function snapshot(store: ProfileStore, ids: string[]) {
  return Promise.all(
    ids.map(async (id) => ({
      account: await store.getAccount(id),
      audits: (await store.listAudit(id, { limit: 100 })).items.length,
    })),
  );
}
