import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { existsSync } from 'node:fs';
import { defineProject } from 'vitest/config';

const CHROMIUM = '/usr/bin/chromium';

/**
 * For the root config's `projects`: this file when Debian's Chromium is there; otherwise none,
 * with a notice (and an error in CI, which installs it), like the other browser tests.
 */
export function storybookProjects(): string[] {
  if (existsSync(CHROMIUM)) return ['vitest.storybook.config.ts'];
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; CI requires it for the story tests (apt-get install -y chromium)`);
  console.warn(`${CHROMIUM} not found: story tests skipped (apt-get install -y chromium)`);
  return [];
}

/**
 * The stories as tests: every story of stories/**\/*.stories.tsx renders in Debian's Chromium,
 * runs its play function, and passes axe (.storybook/vitest.setup.ts). Their backend is msw's
 * service worker over the memory service, as in Storybook. `npm test` includes this project when
 * /usr/bin/chromium exists (vitest.config.ts: `storybookProjects()`), after the unit tests (two
 * cores); `npm run test:stories` runs it alone.
 */
// A function, so that importing `storybookProjects` (vitest.config.ts) does not load Storybook.
export default defineProject(() => ({
  // Without the React plugin here the story files' JSX does not find React's default export.
  plugins: [react(), storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    testTimeout: 30_000,
    // Last, after the unit tests and the e2e tests: two browsers, or a browser beside the unit tests, on two cores make both flaky.
    sequence: { groupOrder: 2 },
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
}));
