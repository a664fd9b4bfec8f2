import type { Viewer } from '../core';
import type { ProfileService } from '../service';
import { fromWebRequest, toWebResponse } from './http-exchange';
import { createProfileDispatcher } from './profile-dispatcher';
import { SECURITY_HEADERS } from './security-headers';

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
   * Other origins allowed to call the API, e.g. `['https://app.example.com']`: their writes are
   * accepted (even when the browser marks them cross-site) and they get CORS headers
   * (credentials allowed) and preflight answers. Default: none, same-origin only.
   */
  allowedOrigins?: string[];
  /**
   * The public URL the API is reached at, e.g. `'https://app.example.com'` (only its origin is
   * read). Every write whose `Origin` header is present must come from this origin (scheme, host
   * and port) or one of `allowedOrigins`: others, `null` included, are refused with 403. Default:
   * the origin the request was addressed to (the URL of a web `Request`; for Express,
   * `req.protocol` and `req.host`, so set `trust proxy` behind a proxy). Set it when a proxy
   * rewrites the Host header.
   */
  publicUrl?: string;
  /** Told about unexpected failures (answered as a bare 500). Default: `console.error`. */
  onError?: (error: unknown) => void;
}

/** A web-standard request handler: `(request, viewer) => response`. */
export type ProfileHandler = (request: Request, viewer: Viewer | null) => Promise<Response>;

/**
 * The HTTP contract in one place, on web-standard Request/Response: msw handlers and Next.js
 * route handlers call it, and the Express router runs the very same contract on Node's request
 * and response. It translates; the service decides. Errors are JSON `{ error: { code, message,
 * fields?, issues?, moreFields? } }` (`issues`: each field's problem by id) with the status of
 * their code; bad input is always a 4xx, never a 500 or a stack trace. Every response carries
 * the security headers the router's helmet adds by default (`SECURITY_HEADERS`), so every host
 * gets the same protection.
 */
export function createProfileHandler(options: ProfileHandlerOptions): ProfileHandler {
  // The contract itself runs on a transport-neutral request and answer (./profile-dispatcher);
  // the Express router feeds it Node's request directly, with helmet for the security headers.
  const dispatch = createProfileDispatcher(options);
  return async (request, viewer) => {
    const answer = await dispatch(fromWebRequest(request), viewer);
    return toWebResponse({ ...answer, headers: { ...SECURITY_HEADERS, ...answer.headers } });
  };
}
