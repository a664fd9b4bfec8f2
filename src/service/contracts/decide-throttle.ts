import type { ThrottleResult, ThrottleRule } from './profile-store';

/**
 * The throttle decision every store shares: given the times (ms) of the hits already recorded on
 * a key, may one more be taken at `now`? If not, when (ISO) will it be allowed: when enough of
 * the oldest hits in each full window have aged out.
 */
export function decideThrottle(
  hitTimes: readonly number[],
  rules: readonly ThrottleRule[],
  now: number,
): { ok: true } | Extract<ThrottleResult, { ok: false }> {
  let retryAt = -Infinity;
  for (const rule of rules) {
    const inWindow = hitTimes.filter((at) => at > now - rule.windowMs).sort((a, b) => a - b);
    if (inWindow.length >= rule.limit) {
      const mustExpire = inWindow[inWindow.length - rule.limit]!;
      retryAt = Math.max(retryAt, mustExpire + rule.windowMs);
    }
  }
  return retryAt === -Infinity ? { ok: true } : { ok: false, retryAt: new Date(retryAt).toISOString() };
}

/** The longest window of a rule set: hits older than this can be forgotten. */
export function longestWindow(rules: readonly ThrottleRule[]): number {
  return Math.max(0, ...rules.map((rule) => rule.windowMs));
}
