import type { BreachedPasswordCheck } from '../contracts/breached-password-check';

export interface RangeBreachCheckerOptions {
  /**
   * The range endpoint; the hash prefix is appended after a `/`. Have I Been Pwned's is
   * `https://api.pwnedpasswords.com/range`; a self-hosted mirror of it works the same.
   */
  url: string;
  /** Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** How long to wait for an answer before giving up (the check then rejects). Default 2,000 ms. */
  timeoutMs?: number;
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();

/**
 * A `BreachedPasswordCheck` over the k-anonymity range protocol: the password's SHA-1 (Web
 * Crypto, so it runs in Node, browsers and edge runtimes) is split into a 5-character prefix,
 * the only part sent (`GET <url>/<PREFIX>` with `Add-Padding: true`), and a suffix looked up in
 * the answer's `SUFFIX:COUNT` lines. Padding lines (count 0) do not count. A non-2xx answer, a
 * network failure or a timeout rejects.
 */
export function createRangeBreachChecker(options: RangeBreachCheckerOptions): BreachedPasswordCheck {
  const base = options.url.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 2000;
  return {
    async isBreached(password) {
      const hash = hex(await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(password)));
      const prefix = hash.slice(0, 5);
      const suffix = hash.slice(5);
      const fetch = options.fetch ?? globalThis.fetch;
      const response = await fetch(`${base}/${prefix}`, {
        headers: { 'Add-Padding': 'true' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`breached-password range service answered ${response.status}`);
      for (const line of (await response.text()).split('\n')) {
        const [candidate, count] = line.trim().split(':');
        if (candidate?.toUpperCase() === suffix && Number(count) > 0) return true;
      }
      return false;
    },
  };
}
