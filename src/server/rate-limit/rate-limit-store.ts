/** One key's count in the current window, as a `RateLimitStore` reports it. */
export interface RateLimitCount {
  /** Hits in the current window, this one included. */
  totalHits: number;
  /** When the window ends (`undefined` when the store cannot tell: the whole window is assumed). */
  resetTime: Date | undefined;
}

/**
 * Where the write rate limit keeps its counts: `createMemoryRateLimitStore()` (the default, one
 * process), `createRedisRateLimitStore({ sendCommand })` (several instances), or your own. It is
 * the part of express-rate-limit's `Store` contract that profilekit calls, so the stores written
 * for express-rate-limit fit too (rate-limit-redis's `RedisStore`, its `MemoryStore`).
 *
 * @example
 * const hits = new Map<string, number>();
 * const store: RateLimitStore = {
 *   increment: (key) => ({ totalHits: hits.set(key, (hits.get(key) ?? 0) + 1).get(key)!, resetTime: undefined }),
 * };
 */
export interface RateLimitStore {
  /** Called once, before the first `increment`, with the window length. */
  init?(options: { windowMs: number }): void | Promise<void>;
  /** Counts one hit for `key` and reports the window's count; a new window starts at 1. */
  increment(key: string): Promise<RateLimitCount> | RateLimitCount;
}
