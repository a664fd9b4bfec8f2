import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/react/styles.css';
import { withStoryBackend } from '../stories/support/story-backend';
import { startMswWorker } from './msw';

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark', 'auto'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the components (the provider’s `messages`)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', locale: 'en' },
  // msw-storybook-addon: starts the worker once, resets the handlers before each story.
  loaders: [mswLoader(startMswWorker)],
  decorators: [
    // Inner: the story's own backend and provider (stories with `parameters.backend`).
    withStoryBackend,
    // Outer: theme, direction and language of the story, on <html> too so that dialogs (portals) follow.
    (Story, context) => {
      const theme = (context.globals.theme as string | undefined) ?? 'light';
      const dir = (context.globals.dir as string | undefined) ?? 'ltr';
      const lang = (context.globals.locale as string | undefined) ?? 'en';
      if (context.viewMode === 'story') {
        // Not on a docs page: it shows many stories, and its own text stays as it is.
        const html = document.documentElement;
        html.setAttribute('data-pk-theme', theme);
        html.dir = dir;
        html.lang = lang;
      }
      return (
        <div className="pk-root" data-pk-theme={theme} dir={dir} lang={lang} style={{ padding: '1rem', minHeight: '100vh', boxSizing: 'border-box' }}>
          <Story />
        </div>
      );
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { sort: 'requiredFirst' },
    docs: { codePanel: true },
  },
};

export default preview;
