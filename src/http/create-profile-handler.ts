import type { Viewer } from '../core';
import type { ProfileService } from '../service';
import { fromWebRequest, toWebResponse } from './http-exchange';
import { createProfileDispatcher } from './profile-dispatcher';

export interface ProfileHandlerOptions {
  service: ProfileService;
  /**
   * The path prefix the routes sit under, as it appears in `request.url`: `''` (the default)
   * when the framework strips the mount path (Express), `'/api/profile'` for a Next.js route
   * handler at `app/api/profile/[...path]/route.ts`.
   */
  basePath?: string;
  /** Request body limit in bytes. Default 64 KiB. */
  maxBodyBytes?: number;
  /**
   * Origins allowed to call the API, e.g. `['https://app.example.com']`. When set, a write whose
   * `Origin` is not listed is refused (list your own origin too), and listed origins get CORS
   * headers (credentials allowed) and preflight answers. Default: same-origin only; cross-site
   * writes are refused by `Sec-Fetch-Site` and the header.
   */
  allowedOrigins?: string[];
  /** Told about unexpected failures (answered as a bare 500). Default: `console.error`. */
  onError?: (error: unknown) => void;
}

/** A web-standard request handler: `(request, viewer) => response`. */
export type ProfileHandler = (request: Request, viewer: Viewer | null) => Promise<Response>;

/**
 * The HTTP contract in one place, on web-standard Request/Response: msw handlers and Next.js
 * route handlers call it, and the Express router runs the very same contract on Node's request
 * and response. It translates; the service decides. Errors are JSON `{ error: { code, message,
 * fields? } }` with the status of their code; bad input is always a 4xx, never a 500 or a
 * stack trace.
 */
export function createProfileHandler(options: ProfileHandlerOptions): ProfileHandler {
  // The contract itself runs on a transport-neutral request and answer (./profile-dispatcher);
  // the Express router feeds it Node's request directly.
  const dispatch = createProfileDispatcher(options);
  return async (request, viewer) => toWebResponse(await dispatch(fromWebRequest(request), viewer));
}
