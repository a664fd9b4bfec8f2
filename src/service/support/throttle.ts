import { ProfileError } from '../../core';
import type { ThrottleRule } from '../contracts/profile-store';
import type { ServiceContext } from './service-context';

/** Takes a slot on `key` or throws `rate_limited` with the seconds to wait. Returns the hit id. */
export async function takeThrottle(ctx: ServiceContext, key: string, rules: ThrottleRule[], message: string): Promise<string> {
  const now = ctx.clock();
  const result = await ctx.store.takeThrottle(key, rules, now);
  if (result.ok) return result.hitId;
  const retryAfter = Math.max(1, Math.ceil((Date.parse(result.retryAt) - now.getTime()) / 1000));
  throw new ProfileError('rate_limited', message, { retryAfter });
}
