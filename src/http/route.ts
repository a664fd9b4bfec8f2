import { fieldIssue, issueFields, ProfileError, type Viewer } from '../core';
import type { ProfileService } from '../service';
import { formatETag, parseIfMatch } from './etag';
import type { HttpAnswer, HttpRequest } from './http-exchange';
import { jsonAnswer } from './http-responses';

export interface RouteContext {
  request: HttpRequest;
  viewer: Viewer | null;
  params: Record<string, string>;
  query: URLSearchParams;
  service: ProfileService;
  /** The parsed JSON body (write routes only). */
  body(): Promise<unknown>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Segments; `:name` captures one. */
  path: string;
  /**
   * A GET that writes (an export records an audit entry): guarded like a write against other
   * sites (the `X-ProfileKit` header, the Origin rule), and answered to GET only, never HEAD.
   */
  guarded?: true;
  handle(ctx: RouteContext): Promise<HttpAnswer>;
}

/** The version an `If-Match` header names, if any. */
export const ifMatch = (ctx: RouteContext) => parseIfMatch(ctx.request.header('if-match'));

/** The paging parameters of a listing's query (`cursor`, `limit`), with `extra`. */
export function pageRequest(query: URLSearchParams, extra: Record<string, unknown> = {}) {
  const request: Record<string, unknown> = { ...extra };
  const cursor = query.get('cursor');
  const limit = query.get('limit');
  if (cursor !== null) request.cursor = cursor;
  if (limit !== null) {
    if (!/^\d{1,4}$/.test(limit)) throw new ProfileError('validation', 'limit must be a whole number', issueFields({ limit: fieldIssue('wholeNumber') }));
    request.limit = Number(limit);
  }
  return request;
}

/** A profile with its version as the ETag (`status` 201 for a created one). */
export function profileResponse(profile: { version: number }, status = 200): HttpAnswer {
  return jsonAnswer(profile, status, { etag: formatETag(profile.version) });
}

/** The viewer's own account id (`''` when signed out: the service answers 401). */
export const self = (viewer: Viewer | null) => viewer?.userId ?? '';

/** The signed-in viewer, or 401: for routes whose service call would read `null` as something else (a sign-up). */
export function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new ProfileError('unauthenticated', 'Sign in first');
  return viewer;
}
