import type { StorybookConfig } from '@storybook/react-vite';

// Configured by hand: `storybook add` would run `playwright install`, which cannot download here.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // msw's service worker (public/mockServiceWorker.js: `npx msw init .storybook/public --save`).
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
};

export default config;
