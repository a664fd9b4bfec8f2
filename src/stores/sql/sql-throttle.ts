import { randomUUID } from 'node:crypto';
import { decideThrottle, longestWindow, type ThrottleResult, type ThrottleRule } from '../../service';
import type { Trx } from './sql-account-rows';
import type { SqlFlavor } from './sql-flavor';

/** `ProfileStore.takeThrottle` in one transaction, serialised on `key` by the flavor's lock. */
export function takeThrottleHit(db: Trx, flavor: SqlFlavor, key: string, rules: readonly ThrottleRule[], now: Date): Promise<ThrottleResult> {
  const at = now.getTime();
  return flavor.transaction(db, async (trx) => {
    await flavor.lockThrottleKey(trx, key);
    await trx
      .deleteFrom('throttle_hits')
      .where('key', '=', key)
      .where('at', '<=', at - longestWindow(rules))
      .execute();
    const hits = await trx.selectFrom('throttle_hits').select('at').where('key', '=', key).execute();
    const decision = decideThrottle(
      hits.map((hit) => Number(hit.at)),
      rules,
      at,
    );
    if (!decision.ok) return decision;
    const hitId = randomUUID();
    await trx.insertInto('throttle_hits').values({ key, id: hitId, at }).execute();
    return { ok: true as const, hitId };
  });
}
