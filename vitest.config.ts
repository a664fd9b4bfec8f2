import { defineConfig } from 'vitest/config';
import { e2eProject } from './vitest.e2e.config';
import { storybookProjects } from './vitest.storybook.config';

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
          testTimeout: 20_000,
        },
      },
      // The browser against `npm start`: after the two above, one file at a time.
      e2eProject,
      // Every story as a test in Chromium (render, play function, axe): when /usr/bin/chromium exists.
      ...storybookProjects(),
    ],
  },
});
