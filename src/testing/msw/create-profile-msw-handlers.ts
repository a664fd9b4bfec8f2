import { delay, http, type HttpHandler } from 'msw';
import type { MemoryBackend } from '../../adapters/memory/create-memory-backend';
import type { Viewer } from '../../core';
import { createProfileHandler } from '../../http';

export interface ProfileMswOptions {
  /** Where the app's HTTP adapter points: `/api/profile` in a browser, an absolute URL in Node. */
  baseUrl: string;
  /** The backend to answer from: `createMemoryBackend(...)` (its seed is awaited), or `{ service }`. */
  backend: Pick<MemoryBackend, 'service'> & { ready?: Promise<void> };
  /** Who is signed in: a value, or a function of the request (read a test header, a cookie…). */
  viewer: Viewer | null | ((request: Request) => Viewer | null);
  /** Delay before each answer, in ms, or `'real'` for msw's realistic delay (loading states in stories). Default 0. */
  latency?: number | 'real';
}

/**
 * msw handlers that answer the HTTP contract from an in-memory backend through the same
 * `createProfileHandler` the Express router uses: stories and component tests exercise the real
 * `createHttpAdapter`, the real wire format and the real rules, with no server running.
 */
export function createProfileMswHandlers(options: ProfileMswOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '');
  const basePath = new URL(base, 'http://profilekit.invalid').pathname.replace(/\/+$/, '');
  const handle = createProfileHandler({ service: options.backend.service, basePath });
  const viewer = typeof options.viewer === 'function' ? options.viewer : () => options.viewer as Viewer | null;
  return [
    http.all(`${base}/*`, async ({ request }) => {
      await options.backend.ready;
      if (options.latency) await delay(options.latency === 'real' ? 'real' : options.latency);
      return handle(request, viewer(request));
    }),
  ];
}
