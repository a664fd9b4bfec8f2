import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two cores here: keep it parallel but modest.
    maxWorkers: 2,
    globalSetup: ['test/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
    ],
  },
});
