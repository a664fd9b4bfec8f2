import { createClient } from 'redis';

/**
 * Redis for tests: reads REDIS_URL. Unset, or unreachable outside CI: skip with a notice;
 * unreachable with CI=true: fail.
 */
export async function redisAvailable(): Promise<boolean> {
  const url = process.env.REDIS_URL;
  if (!url) {
    console.warn('REDIS_URL not set: Redis rate-limit tests skipped');
    return false;
  }
  const client = createClient({ url, socket: { connectTimeout: 3_000, reconnectStrategy: false } });
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    const reason = `Redis at REDIS_URL is unreachable (${error instanceof Error ? error.message : String(error)})`;
    if (process.env.CI === 'true') throw new Error(`${reason}; CI requires it`);
    console.warn(`${reason}: Redis rate-limit tests skipped`);
    return false;
  } finally {
    if (client.isOpen) await client.quit().catch(() => undefined);
  }
}
