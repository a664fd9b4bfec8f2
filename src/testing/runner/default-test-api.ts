import type { TestApi } from './test-api';

const NAMES = ['describe', 'it', 'expect', 'beforeEach', 'afterEach'] as const;

function asTestApi(candidate: unknown): TestApi | null {
  if (typeof candidate !== 'object' && typeof candidate !== 'function') return null;
  const api = candidate as Partial<Record<(typeof NAMES)[number], unknown>> | null;
  if (!api || !NAMES.every((name) => typeof api[name] === 'function')) return null;
  return { describe: api.describe, it: api.it, expect: api.expect, beforeEach: api.beforeEach, afterEach: api.afterEach } as TestApi;
}

/**
 * The test functions of the runner the suite is called in, found without importing vitest, so
 * `profilekit/testing` (its fixtures, its helpers) loads where vitest is not installed, from ESM
 * and CommonJS alike. Under vitest: the `vitest` module of the running test (vitest publishes it
 * on `globalThis.__vitest_index__` in every pool and in browser mode; it backs
 * `import.meta.vitest`), so no `globals: true` is needed. Else the runner's globals (Jest, vitest
 * with `globals: true`). Else a clear error: pass `api`.
 */
export function defaultTestApi(): TestApi {
  const g = globalThis as { __vitest_index__?: unknown };
  const api = asTestApi(g.__vitest_index__) ?? asTestApi(globalThis);
  if (api) return api;
  throw new Error(
    'profilekit/testing: no test runner found. Call the suite from a vitest or Jest test file, or pass ' +
      '`api: { describe, it, expect, beforeEach, afterEach }` from your runner.',
  );
}
