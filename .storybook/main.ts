import type { StorybookConfig } from '@storybook/react-vite';

// Configured by hand: `storybook add` would run `playwright install`, which cannot download here.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
};

export default config;
