import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { createHttpAdapter, createMemoryBackend } from '../../src/adapters';
import type { Viewer } from '../../src/core';
import { runAdapterConformance } from '../../src/testing';
import { createProfileMswHandlers } from '../../src/testing/msw';
import { createTestClock, testHasher } from '../support/memory-harness';
import { accountCreator } from '../support/seed';

// The msw handlers answer through the same web handler as the Express router: the HTTP adapter
// passes the whole suite against them, so stories see exactly the server's behaviour.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const BASE = 'http://api.profilekit.test/api/profile';

runAdapterConformance({
  name: 'HTTP adapter -> msw handlers (memory backend)',
  async setup(config) {
    const clock = createTestClock();
    const backend = createMemoryBackend({ config, clock: clock.now, passwords: testHasher });
    // Test-only authentication: a bearer token naming a viewer.
    const viewers = new Map<string, Viewer>();
    server.resetHandlers(
      ...createProfileMswHandlers({
        baseUrl: BASE,
        backend,
        viewer: (request) => viewers.get(request.headers.get('authorization') ?? '') ?? null,
      }),
    );
    return {
      createAccount: accountCreator(backend.service, config),
      adapterFor: (viewer) => {
        const token = `Bearer ${viewers.size}`;
        if (viewer) viewers.set(token, viewer);
        return createHttpAdapter({ baseUrl: BASE, headers: viewer ? { authorization: token } : {} });
      },
      sentMail: () => backend.mailer.messages(),
      advanceClock: clock.advance,
    };
  },
});
