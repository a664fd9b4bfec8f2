import { defineConfig, defineProject } from 'vitest/config';

/**
 * The end-to-end tests (test/e2e/*.e2e.ts): Debian's Chromium, driven by playwright-core,
 * against `npm start` (each file starts its own demo server on a fresh database). One file at a
 * time, after the other projects (two cores: a browser beside the unit tests makes both flaky).
 * `npm test` runs them as its `e2e` project; `npm run test:e2e` runs them alone.
 */
export const e2eProject = defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 150_000,
    maxWorkers: 1,
    sequence: { groupOrder: 1 },
  },
});

export default defineConfig({ test: { ...e2eProject.test, maxWorkers: 1 } });
