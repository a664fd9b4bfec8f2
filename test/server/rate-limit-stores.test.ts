import { randomBytes } from 'node:crypto';
import { MemoryStore } from 'express-rate-limit';
import { createClient } from 'redis';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { addressKey } from '../../src/server/rate-limit/address-key';
import { createMemoryRateLimitStore, createRedisRateLimitStore, createWriteRateLimit, type RateLimitStore } from '../../src/server';
import { redisAvailable } from '../support/redis';

const alice = { userId: 'alice', roles: [] };

describe('addressKey (the client of a signed-out write)', () => {
  it('keys IPv4 as itself, also written IPv4-mapped', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('keys IPv6 by its /56 network, whatever its spelling', () => {
    const key = addressKey('2001:db8:abcd:1200::1');
    expect(addressKey('2001:0db8:abcd:12ff:ffff:ffff:ffff:ffff')).toBe(key);
    expect(addressKey('2001:DB8:ABCD:1234::9')).toBe(key);
    expect(addressKey('2001:db8:abcd:1300::1')).not.toBe(key);
  });

  it('leaves anything else as it is', () => {
    expect(addressKey('unknown')).toBe('unknown');
  });
});

describe('createMemoryRateLimitStore', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts per key in a window opened by the first hit, and starts over after it', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T10:00:00Z') });
    const store = createMemoryRateLimitStore();
    await store.init?.({ windowMs: 1_000 });
    expect(await store.increment('a')).toEqual({ totalHits: 1, resetTime: new Date('2026-12-01T10:00:01Z') });
    vi.advanceTimersByTime(400);
    expect((await store.increment('a')).totalHits).toBe(2);
    expect(await store.increment('b')).toEqual({ totalHits: 1, resetTime: new Date('2026-12-01T10:00:01.400Z') });
    vi.advanceTimersByTime(600);
    expect(await store.increment('a')).toEqual({ totalHits: 1, resetTime: new Date('2026-12-01T10:00:02Z') });
    expect((await store.increment('b')).totalHits).toBe(2);
  });
});

describe('createWriteRateLimit', () => {
  it('counts only writes, and tells how many are left', async () => {
    const limit = createWriteRateLimit({ limit: 2, windowMs: 30_000 })!;
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(await limit({ method, viewer: alice, clientAddress: null })).toEqual({ headers: {}, refusal: null });
    const first = await limit({ method: 'PUT', viewer: alice, clientAddress: null });
    expect(first.headers).toEqual({ 'ratelimit-policy': '"profilekit-writes"; q=2; w=30', ratelimit: '"profilekit-writes"; r=1; t=30' });
    expect((await limit({ method: 'DELETE', viewer: alice, clientAddress: null })).refusal).toBeNull();
    const third = await limit({ method: 'POST', viewer: alice, clientAddress: null });
    expect(third.refusal).toMatchObject({ code: 'rate_limited', retryAfter: 30 });
  });

  it('does not count a signed-out write from an unknown address (no count shared by every anonymous client)', async () => {
    const increment = vi.fn(async () => ({ totalHits: 1, resetTime: undefined }));
    const limit = createWriteRateLimit({ limit: 1, store: { increment } })!;
    for (let i = 0; i < 3; i++) expect(await limit({ method: 'POST', viewer: null, clientAddress: null })).toEqual({ headers: {}, refusal: null });
    expect(increment).not.toHaveBeenCalled();
    await limit({ method: 'POST', viewer: null, clientAddress: '::ffff:203.0.113.9' });
    expect(increment).toHaveBeenCalledWith('ip:203.0.113.9');
  });

  it('takes express-rate-limit’s own MemoryStore as a store', async () => {
    const limit = createWriteRateLimit({ limit: 1, store: new MemoryStore() })!;
    expect((await limit({ method: 'POST', viewer: alice, clientAddress: null })).refusal).toBeNull();
    expect((await limit({ method: 'POST', viewer: alice, clientAddress: null })).refusal?.code).toBe('rate_limited');
  });

  it('starts a store once, and again after a failed start', async () => {
    const init = vi.fn().mockRejectedValueOnce(new Error('not yet')).mockResolvedValue(undefined);
    const store: RateLimitStore = { init, increment: async () => ({ totalHits: 1, resetTime: undefined }) };
    const limit = createWriteRateLimit({ store })!;
    await expect(limit({ method: 'POST', viewer: alice, clientAddress: null })).rejects.toThrow('not yet');
    await limit({ method: 'POST', viewer: alice, clientAddress: null });
    await limit({ method: 'POST', viewer: alice, clientAddress: null });
    expect(init).toHaveBeenCalledTimes(2);
    expect(init).toHaveBeenLastCalledWith({ windowMs: 60_000 });
  });
});

const withRedis = await redisAvailable();

describe.skipIf(!withRedis)('createRedisRateLimitStore (against the Redis at REDIS_URL)', () => {
  const client = createClient({ url: process.env.REDIS_URL });
  const prefix = `pk-test-${randomBytes(4).toString('hex')}:`;
  const connected = withRedis ? client.connect() : Promise.resolve(client);
  afterAll(async () => {
    await connected;
    const keys = await client.keys(`${prefix}*`);
    if (keys.length > 0) await client.del(keys);
    await client.quit();
  });
  const store = async (windowMs: number) => {
    await connected;
    const made = createRedisRateLimitStore({ prefix, sendCommand: (args) => client.sendCommand(args) });
    await made.init?.({ windowMs });
    return made;
  };

  it('counts one key across stores, with the window’s time left, and expires it with the window', async () => {
    const [one, two] = [await store(300), await store(300)];
    const first = await one.increment('k');
    expect(first.totalHits).toBe(1);
    expect(first.resetTime!.getTime() - Date.now()).toBeGreaterThan(200);
    expect((await two.increment('k')).totalHits).toBe(2);
    expect(await client.pTTL(`${prefix}k`)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await one.increment('k')).totalHits).toBe(1);
  });

  it('gives a key that lost its expiry one again', async () => {
    await client.set(`${prefix}stuck`, '5');
    const counted = await (await store(60_000)).increment('stuck');
    expect(counted.totalHits).toBe(6);
    expect(await client.pTTL(`${prefix}stuck`)).toBeGreaterThan(59_000);
  });

  it('refuses a reply it does not understand', async () => {
    const odd = createRedisRateLimitStore({ sendCommand: async () => 'OK' });
    await expect(odd.increment('k')).rejects.toThrow(/unexpected Redis reply/);
  });
});
