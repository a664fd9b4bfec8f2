import { ProfileError, type Viewer } from '../core';
import { createCsrfCheck } from './check-csrf';
import { corsHeaders, preflightHeaders } from './cors-headers';
import { DEFAULT_MAX_BODY_BYTES } from './http-constants';
import type { HttpAnswer, HttpRequest } from './http-exchange';
import { BASE_HEADERS, errorAnswer } from './http-responses';
import { matchRoute } from './match-route';
import type { ProfileHandlerOptions } from './profile-handler-options';
import { PROFILE_ROUTES } from './profile-routes';
import { readJsonBody } from './read-json-body';

/** `createProfileHandler` on the transport-neutral request and answer: what every transport runs. */
export type ProfileDispatcher = (request: HttpRequest, viewer: Viewer | null) => Promise<HttpAnswer>;

// Resolves the request's URL (absolute, or path and query): only path and query are read.
const PLACEHOLDER_ORIGIN = 'http://profilekit.invalid';

/**
 * The HTTP contract (see `createProfileHandler`) on `HttpRequest` / `HttpAnswer`: the web
 * handler adapts a `Request` to it and its answer to a `Response`; the Express router reads
 * Node's request and writes Node's response, with no web objects in between.
 */
export function createProfileDispatcher(options: ProfileHandlerOptions): ProfileDispatcher {
  const { service } = options;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const onError = options.onError ?? ((error: unknown) => console.error('profilekit: unexpected error', error));
  const checkCsrf = createCsrfCheck(options);

  return async (request, viewer) => {
    const cors = corsHeaders(request, options.allowedOrigins);
    const answer = await respond(request, viewer, cors);
    if (cors) answer.headers = { ...answer.headers, ...cors };
    return answer;
  };

  async function respond(request: HttpRequest, viewer: Viewer | null, cors: Record<string, string> | null): Promise<HttpAnswer> {
    try {
      if (request.method === 'OPTIONS' && cors) {
        return { status: 204, headers: { ...BASE_HEADERS, ...preflightHeaders(cors) }, body: null };
      }
      const url = new URL(request.url, PLACEHOLDER_ORIGIN);
      if (!url.pathname.startsWith(basePath)) throw new ProfileError('not_found', 'No such route');
      const path = url.pathname.slice(basePath.length) || '/';
      const match = matchRoute(PROFILE_ROUTES, request.method, path);
      if (!match.route) {
        if (match.allowed.length === 0) throw new ProfileError('not_found', 'No such route');
        const answer = errorAnswer(new ProfileError('method_not_allowed', `Use ${match.allowed.join(' or ')}`), onError);
        answer.headers.allow = match.allowed.join(', ');
        return answer;
      }
      checkCsrf(request, match.route.guarded);
      const answer = await match.route.handle({
        request,
        viewer,
        params: match.params,
        query: url.searchParams,
        service,
        body() {
          return readJsonBody(request, limit);
        },
      });
      return request.method === 'HEAD' ? { ...answer, body: null } : answer;
    } catch (error) {
      return errorAnswer(error, onError);
    }
  }
}
