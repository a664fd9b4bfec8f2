import type { Viewer } from '../core';
import { createProfileHandler, type ProfileHandler, type ProfileHandlerOptions } from '../http';
import { errorAnswer } from '../http/http-responses';
import { originOfUrl } from '../http/parse-origin';
import { securedWebResponse } from '../http/secured-web-response';
import { createWriteRateLimit, type WriteRateLimitOptions } from '../server/rate-limit/create-write-rate-limit';
import type { ProfileService } from '../service';

/**
 * A Next.js App Router route handler, in web-standard types only: `next` is not needed to import
 * or type-check `profilekit/next`. The second argument (Next.js's `{ params }`) is not read: the
 * path comes from `request.url` and `basePath`.
 */
export type ProfileRouteHandler = (request: Request, context?: unknown) => Promise<Response>;

/** The handlers to export from `app/api/profile/[...path]/route.ts`. */
export interface ProfileRouteHandlers {
  GET: ProfileRouteHandler;
  POST: ProfileRouteHandler;
  PATCH: ProfileRouteHandler;
  PUT: ProfileRouteHandler;
  DELETE: ProfileRouteHandler;
  /** CORS preflights for `allowedOrigins` (Next.js answers OPTIONS itself when it is not exported). */
  OPTIONS: ProfileRouteHandler;
}

export interface ProfileRouteHandlersOptions extends Omit<ProfileHandlerOptions, 'service'> {
  /**
   * The profile service, or a function giving it (once, on the first request; again after a
   * failure). Next.js imports every route module while it builds (to collect page data): pass a
   * function so the store opens when the app serves, not during `next build`.
   *
   * @example
   * service: async () => createProfileService({ store: await createSqliteStore({ filename }), ... })
   */
  service: ProfileService | (() => ProfileService | Promise<ProfileService>);
  /**
   * Who is asking: your session or token check on the request (read its cookies with
   * `request.headers.get('cookie')` or Next.js's `cookies()`). Return `null` for nobody (the
   * routes then answer 401). profilekit only reads `userId` and `roles`.
   */
  authenticate(request: Request): Viewer | null | Promise<Viewer | null>;
  /**
   * The path the handlers are mounted at, as it appears in `request.url` (Next.js's `basePath`
   * included, if you set one). Default `'/api/profile'`: `app/api/profile/[...path]/route.ts`.
   */
  basePath?: string;
  /**
   * The write rate limit, the Express router's rule: 60 writes a minute per signed-in account by
   * default, `false` to switch it off. With several instances give it a shared `store` (Redis).
   */
  rateLimit?: WriteRateLimitOptions | false;
  /**
   * The client's IP address, which keys the rate limit of signed-out writes (the only one is
   * `POST /email/verify`). A route handler has no socket to read it from, so by default
   * signed-out writes are not rate limited (one shared count would let anyone use it up for
   * everyone). Return an address only from a header your own proxy sets and a client cannot
   * (e.g. `request.headers.get('x-real-ip')` behind one that overwrites it).
   */
  clientAddress?(request: Request): string | null | undefined;
}

/**
 * The HTTP contract as Next.js App Router route handlers, on `createProfileHandler`:
 *
 * ```ts
 * // app/api/profile/[...path]/route.ts
 * export const { GET, POST, PATCH, PUT, DELETE, OPTIONS } = createProfileRouteHandlers({ service, authenticate });
 * ```
 *
 * Every answer carries the Express router's security headers (helmet's defaults,
 * `SECURITY_HEADERS`) and `Cache-Control: no-store`; writes pass the same CSRF and Origin rule
 * (`X-ProfileKit: 1`, same origin or `allowedOrigins`; the own origin is `publicUrl`'s, else
 * `request.url`'s) and the same rate limit (`createWriteRateLimit`, with its `RateLimit` headers).
 * A failing `authenticate` or rate-limit store is a bare JSON 500, reported to `onError`.
 */
export function createProfileRouteHandlers(options: ProfileRouteHandlersOptions): ProfileRouteHandlers {
  const make = (service: ProfileService) => createProfileHandler({ ...options, service, basePath: options.basePath ?? '/api/profile' });
  const given = options.service;
  let handler: Promise<ProfileHandler> | ProfileHandler | undefined = typeof given === 'function' ? undefined : make(given);
  // A bad publicUrl fails here, at start, whether or not the service comes later.
  if (options.publicUrl !== undefined) originOfUrl(options.publicUrl);
  const handle = async (request: Request, viewer: Viewer | null) => {
    handler ??= Promise.resolve()
      .then(() => (given as () => ProfileService | Promise<ProfileService>)())
      .then(make)
      .catch((error: unknown) => {
        handler = undefined;
        throw error;
      });
    return (await handler)(request, viewer);
  };
  const limit = createWriteRateLimit(options.rateLimit);
  const onError = options.onError ?? ((error: unknown) => console.error('profilekit: unexpected error', error));

  const route: ProfileRouteHandler = async (request) => {
    try {
      const viewer = await options.authenticate(request);
      const verdict = limit ? await limit({ method: request.method, viewer, clientAddress: options.clientAddress?.(request) ?? null }) : null;
      const response = verdict?.refusal ? securedWebResponse(errorAnswer(verdict.refusal, onError)) : await handle(request, viewer);
      for (const [name, value] of Object.entries(verdict?.headers ?? {})) response.headers.set(name, value);
      return response;
    } catch (error) {
      return securedWebResponse(errorAnswer(error, onError));
    }
  };
  return { GET: route, POST: route, PATCH: route, PUT: route, DELETE: route, OPTIONS: route };
}
