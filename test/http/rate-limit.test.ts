import { randomBytes } from 'node:crypto';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import request from 'supertest';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRedisRateLimitStore, type RateLimitStore, type WriteRateLimitOptions } from '../../src/server';
import { callRoute, readRoute } from '../support/next-routes';
import { redisAvailable } from '../support/redis';
import { BASE, createTestApp, CSRF, type TestApp } from '../support/test-app';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: { error?: { code: string; message?: string; retryAfter?: number } };
}
interface Write {
  who: 'alice' | 'bob' | null;
  /** The client's address as the transport sees it (Express: req.ip, from X-Forwarded-For with `trust proxy`). */
  from?: string;
  /** A header the client chose: must never decide the count. */
  spoof?: string;
}
/** One server instance of a transport: a write and a read. */
interface Instance {
  write(write: Write): Promise<Answer>;
  read(who: 'alice'): Promise<Answer>;
}
interface Transport {
  name: string;
  instance(t: TestApp, rateLimit: WriteRateLimitOptions | false, extra?: { onError?: (error: unknown) => void }): Instance;
}

// A signed-in write is PATCH /me at the account's current version; a signed-out one is POST
// /email/verify with a token that never matches (422), the only write a signed-out client can make.
const ifMatch = async (t: TestApp, who: 'alice' | 'bob') => ({ 'if-match': `"${(await t.store.getAccount(t.users[who].id))!.version}"` });
let saves = 0;
const change = () => ({ company: `Acme ${++saves}` }); // a new value each time: every save that passes is a version
const transports: Transport[] = [
  {
    name: 'Express router',
    instance(t, rateLimit, extra = {}) {
      const app = t.instance({ rateLimit, ...extra });
      // With `trust proxy`, req.ip is X-Forwarded-For's (the test's stand-in for distinct clients).
      app.set('trust proxy', true);
      const send = (call: request.Test): Promise<Answer> => call.then((r) => ({ status: r.status, headers: r.headers as Record<string, string>, body: r.body }));
      return {
        write: async ({ who, from = '10.0.0.1', spoof }) => {
          const headers = { ...CSRF, 'x-forwarded-for': from, ...(spoof ? { 'x-real-ip': spoof } : {}) };
          return who
            ? send(request(app).patch(`${BASE}/me`).set(t.users[who].auth).set(await ifMatch(t, who)).set(headers).send(change()))
            : send(request(app).post(`${BASE}/email/verify`).set(headers).send({ token: 'not-a-token-at-all' }));
        },
        read: (who) => send(request(app).get(`${BASE}/me`).set(t.users[who].auth)),
      };
    },
  },
  {
    name: 'Next.js route handlers',
    instance(t, rateLimit, extra = {}) {
      // A route handler has no socket: the address comes from `clientAddress` (a header the app's
      // own proxy sets); the spoofable one is X-Forwarded-For.
      const routes = t.nextRoutes({ rateLimit, clientAddress: (request) => request.headers.get('x-test-client'), ...extra });
      return {
        write: async ({ who, from = '10.0.0.1', spoof }) => {
          const headers = { ...CSRF, 'x-test-client': from, ...(spoof ? { 'x-forwarded-for': spoof } : {}) };
          const call = who
            ? { method: 'PATCH' as const, path: '/me', headers: { ...headers, ...t.users[who].auth, ...(await ifMatch(t, who)) }, body: change() }
            : { method: 'POST' as const, path: '/email/verify', headers, body: { token: 'not-a-token-at-all' } };
          return readRoute(await callRoute(routes, call));
        },
        read: async (who) => readRoute(await callRoute(routes, { method: 'GET', path: '/me', headers: t.users[who].auth })),
      };
    },
  },
];

async function statuses(instance: Instance, write: Write, count: number, vary?: (i: number) => Partial<Write>) {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await instance.write({ ...write, ...vary?.(i) })).status);
  return seen;
}
const limited = (seen: number[]) => seen.map((status) => status === 429);

const withRedis = await redisAvailable();
const clients: { quit(): Promise<unknown> }[] = [];
afterAll(async () => {
  for (const client of clients) await client.quit();
});
async function redisClient() {
  const client = createClient({ url: process.env.REDIS_URL });
  await client.connect(); // before a RedisStore: it loads its scripts at construction
  clients.push(client);
  return client;
}

describe.each(transports)('the write rate limit, through the $name (one rule for both)', (transport) => {
  it('refuses an account’s writes past the limit, with Retry-After and RateLimit headers; other accounts and reads go on', async () => {
    const t = await createTestApp();
    const server = transport.instance(t, { limit: 3, windowMs: 60_000 });
    // The client-chosen headers change on every write: the key is the account.
    const alice = await statuses(server, { who: 'alice' }, 5, (i) => ({ from: `10.0.0.${i}`, spoof: `10.9.9.${i}` }));
    expect(limited(alice)).toEqual([false, false, false, true, true]);

    const refused = await server.write({ who: 'alice' });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'rate_limited' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.error?.retryAfter).toBe(retryAfter);
    expect(refused.headers['ratelimit-policy']).toBe('"profilekit-writes"; q=3; w=60');
    expect(refused.headers.ratelimit).toBe(`"profilekit-writes"; r=0; t=${retryAfter}`);
    expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
    expect(refused.headers['cache-control']).toBe('no-store');
    expect((await t.store.getAccount(t.users.alice.id))!.version).toBe(4); // the three that passed

    const bob = await server.write({ who: 'bob' });
    expect(bob.status).toBe(200);
    expect(bob.headers.ratelimit).toMatch(/^"profilekit-writes"; r=2; t=\d+$/);
    for (let i = 0; i < 5; i++) {
      const read = await server.read('alice');
      expect(read.status).toBe(200);
      expect(read.headers.ratelimit).toBeUndefined();
    }
  });

  it('counts signed-out writes per client address, never per a header the client chose', async () => {
    const t = await createTestApp();
    const server = transport.instance(t, { limit: 2, windowMs: 60_000 });
    const one = await statuses(server, { who: null, from: '203.0.113.7' }, 4, (i) => ({ spoof: `198.51.100.${i}` }));
    expect(one).toEqual([422, 422, 429, 429]);
    expect(await statuses(server, { who: null, from: '203.0.113.8' }, 1)).toEqual([422]);
    // One IPv6 /56 network is one client, however many addresses it draws.
    expect(await statuses(server, { who: null }, 3, (i) => ({ from: `2001:db8:1:${i}::1` }))).toEqual([422, 422, 429]);
    expect(await statuses(server, { who: null, from: '2001:db8:2::1' }, 1)).toEqual([422]);
  });

  it('answers a failing store with a bare 500, reported, and lets nothing through', async () => {
    const t = await createTestApp();
    const onError = vi.fn();
    const broken: RateLimitStore = { increment: () => Promise.reject(new Error('store down')) };
    const server = transport.instance(t, { store: broken }, { onError });
    const answer = await server.write({ who: 'alice' });
    expect(answer.status).toBe(500);
    expect(answer.body.error).toEqual({ code: 'internal', message: expect.any(String) });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'store down' }));
    expect((await t.store.getAccount(t.users.alice.id))!.version).toBe(1);
    expect((await server.read('alice')).status).toBe(200);
  });

  it('is off with rateLimit: false', async () => {
    const t = await createTestApp();
    const server = transport.instance(t, false);
    expect(await statuses(server, { who: null }, 70)).toEqual(Array(70).fill(422));
  });

  it.skipIf(!withRedis)('two instances on createRedisRateLimitStore share one count per account', async () => {
    const prefix = `pk-test-${randomBytes(4).toString('hex')}:`;
    const store = async () => {
      const client = await redisClient();
      return createRedisRateLimitStore({ prefix, sendCommand: (args) => client.sendCommand(args) });
    };
    const t = await createTestApp();
    const one = transport.instance(t, { limit: 4, windowMs: 60_000, store: await store() });
    const two = transport.instance(t, { limit: 4, windowMs: 60_000, store: await store() });
    const seen = [...(await statuses(one, { who: 'alice' }, 2)), ...(await statuses(two, { who: 'alice' }, 3))];
    expect(limited(seen)).toEqual([false, false, false, false, true]);
    expect(await statuses(one, { who: 'bob' }, 1)).toEqual([200]);
  });
});

describe('the Next.js route handlers without clientAddress', () => {
  it('do not count signed-out writes (a route handler knows no address; one shared count would lock everyone out)', async () => {
    const t = await createTestApp();
    const routes = t.nextRoutes({ rateLimit: { limit: 2 } });
    const write = () => callRoute(routes, { method: 'POST', path: '/email/verify', headers: CSRF, body: { token: 'not-a-token-at-all' } }).then(readRoute);
    for (let i = 0; i < 5; i++) {
      const answer = await write();
      expect(answer.status).toBe(422);
      expect(answer.headers.ratelimit).toBeUndefined();
    }
    // Signed in, the same handlers count.
    const alice = async () => (await callRoute(routes, { method: 'PATCH', path: '/me', headers: { ...CSRF, ...t.users.alice.auth, ...(await ifMatch(t, 'alice')) }, body: change() })).status;
    expect([await alice(), await alice(), await alice()]).toEqual([200, 200, 429]);
  });
});

describe('the Express router with rate-limit-redis', () => {
  it.skipIf(!withRedis)('takes its RedisStore as it is (express-rate-limit’s Store contract): two instances share one count', async () => {
    const prefix = `pk-test-${randomBytes(4).toString('hex')}:`;
    const store = async () => {
      const client = await redisClient();
      return new RedisStore({ prefix, sendCommand: (...args: string[]) => client.sendCommand(args) });
    };
    const t = await createTestApp();
    const [express] = transports;
    const one = express!.instance(t, { limit: 4, windowMs: 60_000, store: await store() });
    const two = express!.instance(t, { limit: 4, windowMs: 60_000, store: await store() });
    const seen = [...(await statuses(one, { who: 'alice' }, 2)), ...(await statuses(two, { who: 'alice' }, 3))];
    expect(limited(seen)).toEqual([false, false, false, false, true]);
  });
});
