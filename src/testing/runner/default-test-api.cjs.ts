import type { TestApi } from './test-api';

// The CommonJS build's stand-in for default-test-api.ts (tsup swaps it in): vitest refuses to be
// require()d, so CommonJS callers get the runner's globals (vitest `globals: true`, or Jest).
export function defaultTestApi(): TestApi {
  const g = globalThis as Partial<TestApi>;
  if (g.describe && g.it && g.expect && g.beforeEach && g.afterEach) {
    return { describe: g.describe, it: g.it, expect: g.expect, beforeEach: g.beforeEach, afterEach: g.afterEach };
  }
  throw new Error(
    'profilekit/testing from CommonJS: vitest cannot be require()d. Import it from an ESM test file, ' +
      'enable vitest `globals: true`, or pass `api: { describe, it, expect, beforeEach, afterEach }`.',
  );
}
