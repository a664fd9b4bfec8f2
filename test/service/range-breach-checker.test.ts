import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRangeBreachChecker } from '../../src/service';
import { startFakeRangeServer, type FakeRangeServer } from '../support/fake-range-server';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex').toUpperCase();

describe('createRangeBreachChecker against a fake range server on loopback', () => {
  let range: FakeRangeServer;
  beforeEach(async () => {
    range = await startFakeRangeServer({ breached: ['Velvet-Orbit-Canyon-92'], padded: ['Granite_Tulip_Comet-38'] });
  });
  afterEach(() => range.close());
  const checker = (timeoutMs?: number) => createRangeBreachChecker({ url: `${range.url}/range/`, timeoutMs });

  it('finds a breached password, and not another one', async () => {
    await expect(checker().isBreached('Velvet-Orbit-Canyon-92')).resolves.toBe(true);
    await expect(checker().isBreached('Kettle-Orbit-Plum-92')).resolves.toBe(false);
  });

  it('a padding entry (count 0) is not a breach', async () => {
    await expect(checker().isBreached('Granite_Tulip_Comet-38')).resolves.toBe(false);
  });

  it('sends only the first 5 hex characters of the SHA-1, with Add-Padding: true; the full hash never leaves', async () => {
    await checker().isBreached('Velvet-Orbit-Canyon-92');
    const hash = sha1('Velvet-Orbit-Canyon-92');
    expect(range.requests).toEqual([{ path: `/range/${hash.slice(0, 5)}`, padding: 'true' }]);
    expect(range.requests[0]!.path).not.toContain(hash.slice(5, 10));
  });

  it('rejects on a server error and on a timeout', async () => {
    range.fail(500);
    await expect(checker().isBreached('Kettle-Orbit-Plum-92')).rejects.toThrow(/500/);
    range.hang();
    const started = Date.now();
    await expect(checker(150).isBreached('Kettle-Orbit-Plum-92')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('rejects when the service cannot be reached', async () => {
    const url = range.url;
    await range.close();
    await expect(createRangeBreachChecker({ url, timeoutMs: 500 }).isBreached('x')).rejects.toThrow();
  });
});
