import { isCommonAssetRequest } from 'msw';
import { storyBackendHandler } from '../stories/support/story-backend';

/**
 * Starts msw's service worker for msw-storybook-addon's loader, with the stories' backend
 * dispatcher as an initial handler (the addon resets the others between stories).
 *
 * The worker script is `.storybook/public/mockServiceWorker.js` (`npx msw init .storybook/public
 * --save`), served by `staticDirs` beside iframe.html: resolved relative to iframe.html, so a
 * Storybook hosted under a sub-path works too; anywhere else (vitest's browser mode) at the root.
 */
export async function startMswWorker() {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(storyBackendHandler);
  const url = /\/iframe\.html$/.test(location.pathname) ? new URL('mockServiceWorker.js', location.href).pathname : '/mockServiceWorker.js';
  await worker.start({
    quiet: true,
    serviceWorker: { url },
    onUnhandledRequest(request, print) {
      // Storybook's and Vite's own files pass through; a stray API call is worth a warning.
      if (isCommonAssetRequest(request) || !new URL(request.url).pathname.startsWith('/api/')) return;
      print.warning();
    },
  });
  return worker;
}
