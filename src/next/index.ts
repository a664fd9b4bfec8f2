// profilekit/next: the HTTP contract as Next.js App Router route handlers. Web-standard types
// only: neither next nor any optional peer is needed to import or type-check it.
export * from './create-profile-route-handlers';
export type { WriteRateLimitOptions } from '../server/rate-limit/create-write-rate-limit';
export type { RateLimitStore, RateLimitCount } from '../server/rate-limit/rate-limit-store';
export { createMemoryRateLimitStore } from '../server/rate-limit/create-memory-rate-limit-store';
export { createRedisRateLimitStore, type RedisRateLimitStoreOptions } from '../server/rate-limit/create-redis-rate-limit-store';
