import type { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * The test functions a suite registers with. Vitest's by default; Jest's globals have the same
 * names and the suites only use matchers both share, so `api: { describe, it, expect, beforeEach,
 * afterEach }` runs them under Jest too.
 */
export interface TestApi {
  describe: typeof describe;
  it: typeof it;
  expect: typeof expect;
  beforeEach: typeof beforeEach;
  afterEach: typeof afterEach;
}
