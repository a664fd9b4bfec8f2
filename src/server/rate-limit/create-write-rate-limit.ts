import { ProfileError, type Viewer } from '../../core';
import { SAFE_METHODS } from '../../http';
import { addressKey } from './address-key';
import { createMemoryRateLimitStore } from './create-memory-rate-limit-store';
import type { RateLimitStore } from './rate-limit-store';

export interface WriteRateLimitOptions {
  /** Default 60 writes ... */
  limit?: number;
  /** ... per minute. */
  windowMs?: number;
  /**
   * Where counts live. Default: in this process (`createMemoryRateLimitStore()`). With several
   * instances pass a shared one: `createRedisRateLimitStore({ sendCommand })`, or for the Express
   * router rate-limit-redis's `RedisStore` (connect the Redis client first).
   */
  store?: RateLimitStore;
}

/** What the limit reads of a request: the transport gives it (Express router, Next.js route handlers). */
export interface RateLimitSubject {
  method: string;
  viewer: Viewer | null;
  /** The client's IP address, for signed-out writes; `null` when the transport cannot know it. */
  clientAddress: string | null;
}

export interface RateLimitVerdict {
  /** `RateLimit` and `RateLimit-Policy` (IETF draft 8) for the answer; none for reads. */
  headers: Record<string, string>;
  /** Set when the write is over the limit: `rate_limited`, with `retryAfter` in seconds. */
  refusal: ProfileError | null;
}

/** Decides one request: counts it if it is a write, and refuses it past the limit. */
export type WriteRateLimit = (subject: RateLimitSubject) => Promise<RateLimitVerdict>;

const NO_HEADERS: RateLimitVerdict = { headers: {}, refusal: null };
const POLICY = 'profilekit-writes';

/**
 * The write rate limit, one rule for every transport: writes (anything but GET, HEAD and OPTIONS)
 * count per signed-in account; a signed-out write counts per client address (an IPv6 address by
 * its /56 network), never per a header the client chose. A signed-out write from an address the
 * transport does not know is not counted: one count shared by every anonymous client would let
 * anyone use it up for everyone (the only such write, `POST /email/verify`, takes a token too
 * long to guess). Past `limit` writes in `windowMs`, a write is refused with `rate_limited` and
 * the seconds until the window ends. `null` for `false` (no limit).
 */
export function createWriteRateLimit(options: WriteRateLimitOptions | false | undefined): WriteRateLimit | null {
  if (options === false) return null;
  const limit = options?.limit ?? 60;
  const windowMs = options?.windowMs ?? 60_000;
  const store: RateLimitStore = options?.store ?? createMemoryRateLimitStore();
  let ready: Promise<void> | undefined;
  const policy = `"${POLICY}"; q=${limit}; w=${Math.ceil(windowMs / 1000)}`;

  return async ({ method, viewer, clientAddress }) => {
    const key = viewer ? `account:${viewer.userId}` : clientAddress ? `ip:${addressKey(clientAddress)}` : null;
    if (SAFE_METHODS.has(method) || key === null) return NO_HEADERS;
    // Once, on the first write: a store that fails to start fails that write (a 500) and is
    // tried again on the next one.
    ready ??= Promise.resolve()
      .then(() => store.init?.({ windowMs }))
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
    await ready;
    const { totalHits, resetTime } = await store.increment(key);
    const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
    const headers = {
      'ratelimit-policy': policy,
      ratelimit: `"${POLICY}"; r=${Math.max(0, limit - totalHits)}; t=${seconds}`,
    };
    if (totalHits <= limit) return { headers, refusal: null };
    return { headers, refusal: new ProfileError('rate_limited', 'Too many changes; slow down', { retryAfter: seconds }) };
  };
}
