import { randomBytes } from 'node:crypto';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { redisAvailable } from '../support/redis';
import { BASE, createTestApp, CSRF, type TestApp } from '../support/test-app';

async function writes(t: TestApp, who: 'alice' | 'bob', count: number) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await request(t.app)
      .patch(`${BASE}/me`)
      .set(t.users[who].auth)
      .set(CSRF)
      .set('x-forwarded-for', `10.0.0.${i}`) // must not matter: the key is the account
      .send({ company: `C${i}` });
    statuses.push(response.status);
    if (response.status === 429) {
      expect(response.body.error.code).toBe('rate_limited');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
  }
  return statuses;
}

const withRedis = await redisAvailable();

describe('write rate limit (express-rate-limit, keyed by account)', () => {
  it('in-process: refuses writes past the limit for that account only; reads are not limited', async () => {
    const t = await createTestApp({ router: { rateLimit: { limit: 3, windowMs: 60_000 } } });
    const alice = await writes(t, 'alice', 5);
    expect(alice.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(alice.slice(3)).toEqual([429, 429]);
    expect((await writes(t, 'bob', 1))[0]).not.toBe(429);
    for (let i = 0; i < 5; i++) expect((await request(t.app).get(`${BASE}/me`).set(t.users.alice.auth)).status).toBe(200);
  });

  const clients: { quit(): Promise<unknown> }[] = [];
  afterAll(async () => {
    for (const client of clients) await client.quit();
  });

  it.skipIf(!withRedis)('Redis-backed: two instances share one count per account', async () => {
    const prefix = `pk-test-${randomBytes(4).toString('hex')}:`;
    const makeStore = async () => {
      const client = createClient({ url: process.env.REDIS_URL });
      await client.connect(); // before the store: it loads its scripts at construction
      clients.push(client);
      return new RedisStore({ prefix, sendCommand: (...args: string[]) => client.sendCommand(args) });
    };
    const one = await createTestApp({ router: { rateLimit: { limit: 4, windowMs: 60_000, store: await makeStore() } } });
    // A second server instance over the same accounts, with its own Redis connection.
    const two = { ...one, app: one.instance({ rateLimit: { limit: 4, windowMs: 60_000, store: await makeStore() } }) };
    const first = await writes(one, 'alice', 2);
    const second = await writes(two as TestApp, 'alice', 3);
    expect([...first, ...second].filter((s) => s === 429)).toHaveLength(1);
    expect(second[2]).toBe(429);
  });
});
