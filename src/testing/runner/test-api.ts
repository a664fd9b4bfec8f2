/** The matchers the suites use: ones vitest and Jest share, with the same meaning. */
export interface TestMatchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toHaveProperty(path: string | readonly (string | number)[], value?: unknown): void;
  toHaveLength(length: number): void;
  toContain(item: unknown): void;
  toContainEqual(item: unknown): void;
  toMatch(expected: string | RegExp): void;
  toBeNull(): void;
  toBeUndefined(): void;
  toBeDefined(): void;
  toBeTruthy(): void;
  toBeGreaterThan(n: number): void;
  toBeGreaterThanOrEqual(n: number): void;
  toBeLessThanOrEqual(n: number): void;
  not: Omit<TestMatchers, 'not'>;
}

/** `it`, `beforeEach`: a name (for `it`) and a body, sync or async, with an optional timeout in ms. */
export type TestBody = () => unknown;

/**
 * The test functions a suite registers with: vitest's by default (no import of vitest: the ones
 * of the vitest run the suite is called in), or any runner's with the same shape. Jest's globals
 * have it, so `api: { describe, it, expect, beforeEach, afterEach }` runs the suites under Jest.
 * Written out here, not as vitest's types, so that `profilekit/testing`'s types need no vitest.
 */
export interface TestApi {
  describe(name: string, body: () => void): void;
  it: ((name: string, body: TestBody, timeout?: number) => void) & { skip(name: string, body: TestBody, timeout?: number): void };
  expect: ((actual: unknown) => TestMatchers) & { arrayContaining(items: readonly unknown[]): unknown; objectContaining(shape: object): unknown };
  beforeEach(body: TestBody, timeout?: number): void;
  afterEach(body: TestBody, timeout?: number): void;
}
