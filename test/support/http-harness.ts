import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpAdapter } from '../../src/adapters';
import type { ProfileConfig, Viewer } from '../../src/core';
import {
  createProfileRouter,
  type ProfileRouterOptions,
  type ProfileService,
  type ProfileStore,
} from '../../src/server';
import type { AdapterHarness } from '../../src/testing';
import { createTestService } from './memory-harness';

export interface HttpHarness extends AdapterHarness {
  baseUrl: string;
  service: ProfileService;
  store: ProfileStore;
  /** A bearer token that authenticates as `viewer` (test-only authentication). */
  tokenFor(viewer: Viewer): string;
}

/**
 * The reference router on a real port over `store`: the HTTP adapter talks to it with fetch.
 * Authentication is a test stand-in: `Authorization: Bearer <token>` from `tokenFor`.
 */
export async function startHttpHarness(
  config: ProfileConfig,
  store: ProfileStore,
  options: { teardownStore?: () => Promise<void>; router?: Partial<ProfileRouterOptions> } = {},
): Promise<HttpHarness> {
  let baseUrl = '';
  const { service, mailer, clock } = createTestService(store, config, (token) => `${baseUrl}/email/verify?token=${token}`);
  const sessions = new Map<string, Viewer>();
  const app = express();
  app.use(
    '/api/profile',
    createProfileRouter({
      service,
      authenticate: (req) => sessions.get(req.get('authorization')?.replace(/^Bearer /, '') ?? '') ?? null,
      rateLimit: false,
      ...options.router,
    }),
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/profile`;
  const tokenFor = (viewer: Viewer) => {
    const token = `t-${viewer.userId}-${viewer.roles.join('.')}`;
    sessions.set(token, viewer);
    return token;
  };
  const seeder = { userId: 'seeder', roles: [config.adminRoles[0]!] };
  return {
    baseUrl,
    service,
    store,
    tokenFor,
    async createAccount(account) {
      return { userId: (await service.createAccount(seeder, account)).id };
    },
    adapterFor: (viewer) =>
      createHttpAdapter({ baseUrl, headers: viewer ? { authorization: `Bearer ${tokenFor(viewer)}` } : {} }),
    sentMail: () => mailer.messages(),
    advanceClock: clock.advance,
    async teardown() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await options.teardownStore?.();
    },
  };
}
