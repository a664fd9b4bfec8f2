import type { RateLimitStore } from './rate-limit-store';

/**
 * Counts in this process, the default store: one fixed window per key, opened by its first hit.
 * Expired keys are dropped at most once a window, so it holds about a window's worth of keys.
 * With several instances behind a load balancer each counts alone: use a shared store (Redis).
 */
export function createMemoryRateLimitStore(): RateLimitStore {
  let windowMs = 60_000;
  let nextSweep = 0;
  const counts = new Map<string, { hits: number; resetAt: number }>();
  return {
    init(options) {
      windowMs = options.windowMs;
    },
    increment(key) {
      const now = Date.now();
      if (now >= nextSweep) {
        for (const [name, count] of counts) if (count.resetAt <= now) counts.delete(name);
        nextSweep = now + windowMs;
      }
      let count = counts.get(key);
      if (!count || count.resetAt <= now) counts.set(key, (count = { hits: 0, resetAt: now + windowMs }));
      count.hits += 1;
      return { totalHits: count.hits, resetTime: new Date(count.resetAt) };
    },
  };
}
