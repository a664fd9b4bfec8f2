import { ProfileError, type Viewer } from '../core';
import type { ProfileService } from '../service';
import { checkCsrf } from './check-csrf';
import { DEFAULT_MAX_BODY_BYTES } from './http-constants';
import { corsHeaders, preflightHeaders } from './cors-headers';
import { BASE_HEADERS, errorResponse } from './http-responses';
import { matchRoute } from './match-route';
import { PROFILE_ROUTES } from './profile-routes';
import { readJsonBody } from './read-json-body';

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
 * The HTTP contract in one place, on web-standard Request/Response: the Express router, msw
 * handlers and Next.js route handlers all call it. It translates; the service decides. Errors
 * are JSON `{ error: { code, message, fields? } }` with the status of their code; bad input is
 * always a 4xx, never a 500 or a stack trace.
 */
export function createProfileHandler(options: ProfileHandlerOptions): ProfileHandler {
  const { service } = options;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const onError = options.onError ?? ((error: unknown) => console.error('profilekit: unexpected error', error));

  return async (request, viewer) => {
    const cors = corsHeaders(request, options.allowedOrigins);
    const response = await answer(request, viewer, cors);
    if (cors) for (const [name, value] of Object.entries(cors)) response.headers.set(name, value);
    return response;
  };

  async function answer(request: Request, viewer: Viewer | null, cors: Record<string, string> | null): Promise<Response> {
    try {
      if (request.method === 'OPTIONS' && cors) {
        return new Response(null, { status: 204, headers: { ...BASE_HEADERS, ...preflightHeaders(cors) } });
      }
      const url = new URL(request.url);
      if (!url.pathname.startsWith(basePath)) throw new ProfileError('not_found', 'No such route');
      const path = url.pathname.slice(basePath.length) || '/';
      const match = matchRoute(PROFILE_ROUTES, request.method, path);
      if (!match.route) {
        if (match.allowed.length === 0) throw new ProfileError('not_found', 'No such route');
        const response = errorResponse(new ProfileError('method_not_allowed', `Use ${match.allowed.join(' or ')}`), onError);
        response.headers.set('allow', match.allowed.join(', '));
        return response;
      }
      checkCsrf(request, options.allowedOrigins);
      const response = await match.route.handle({
        request,
        viewer,
        params: match.params,
        query: url.searchParams,
        service,
        body: () => readJsonBody(request, limit),
      });
      return request.method === 'HEAD' ? new Response(null, { status: response.status, headers: response.headers }) : response;
    } catch (error) {
      return errorResponse(error, onError);
    }
  }
}
