import type { RateLimitStore } from './rate-limit-store';

export interface RedisRateLimitStoreOptions {
  /**
   * Sends one Redis command and resolves to its reply, from the client you connected:
   * node-redis `(args) => client.sendCommand(args)`, ioredis `(args) => client.call(...args)`.
   */
  sendCommand(args: string[]): Promise<unknown>;
  /** Prefix of the keys it writes. Default `'profilekit:rl:'`. */
  prefix?: string;
}

// One round trip, atomic: count the hit, open the window on the first one, report its time left.
// (A key that somehow lost its expiry gets one again rather than counting forever.)
const INCREMENT = `local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if hits == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { hits, ttl }`;

/**
 * Counts in Redis, shared by every instance of the app: one key per client and window, expiring
 * with it. Works with any client through `sendCommand` (no client library is bundled). For the
 * Express router, rate-limit-redis's `RedisStore` fits as well.
 *
 * @example
 * const redis = createClient({ url: process.env.REDIS_URL });
 * await redis.connect();
 * const store = createRedisRateLimitStore({ sendCommand: (args) => redis.sendCommand(args) });
 */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const prefix = options.prefix ?? 'profilekit:rl:';
  let windowMs = 60_000;
  return {
    init(init) {
      windowMs = init.windowMs;
    },
    async increment(key) {
      const reply = await options.sendCommand(['EVAL', INCREMENT, '1', `${prefix}${key}`, String(windowMs)]);
      const [hits, ttl] = Array.isArray(reply) ? reply.map(Number) : [];
      if (!Number.isFinite(hits) || !Number.isFinite(ttl)) throw new Error(`profilekit: unexpected Redis reply ${JSON.stringify(reply)}`);
      return { totalHits: hits!, resetTime: new Date(Date.now() + ttl!) };
    },
  };
}
