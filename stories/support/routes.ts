import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { ERROR_STATUS, ProfileError } from '../../src/core';

// The routes of the profile API as the stories' msw handlers see them, and the story-only
// failures a story puts in front of its backend (`parameters.backend.handlers`).

/** Where the stories' HTTP adapter points, as an app's would. */
export const API = '/api/profile';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | '*';
/** `"PATCH /me"`, `"GET /users/:id"`, `"GET *"`: a method and a route of the profile API. */
export type RouteSpec = `${Method} ${string}`;

function route(spec: RouteSpec): { method: Method; url: string } {
  const [method, path = '*'] = spec.split(' ') as [Method, string];
  return { method, url: path === '*' ? `${API}/*` : `${API}${path}` };
}

/** An msw handler for one route of the profile API. */
export function on(spec: RouteSpec, resolver: Parameters<typeof http.all>[1]): HttpHandler {
  const { method, url } = route(spec);
  const methods = { GET: http.get, POST: http.post, PATCH: http.patch, DELETE: http.delete, '*': http.all };
  return methods[method](url, resolver);
}

/** The request fails at the network level (offline, DNS, CORS): the adapter reports `unavailable`. */
export function networkError(spec: RouteSpec): HttpHandler {
  return on(spec, () => HttpResponse.error());
}

/** The server refuses with 429 and Retry-After, exactly as the reference server's rate limit does. */
export function rateLimited(spec: RouteSpec, retryAfter = 30): HttpHandler {
  const error = new ProfileError('rate_limited', 'Too many requests; try again later', { retryAfter });
  return on(spec, () => HttpResponse.json({ error: error.toJSON() }, { status: ERROR_STATUS.rate_limited, headers: { 'retry-after': String(retryAfter) } }));
}

/** The request never gets an answer: loading and saving states stay put. */
export function neverAnswers(spec: RouteSpec): HttpHandler {
  return on(spec, () => delay('infinite'));
}
