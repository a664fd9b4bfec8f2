import { fieldIssue, issueFields, ProfileError, type Viewer } from '../core';
import type { ProfileService } from '../service';
import { formatETag, parseIfMatch } from './etag';
import type { HttpAnswer, HttpRequest } from './http-exchange';
import { jsonAnswer } from './http-responses';
import { verifyEmailPage } from './verify-email-page';

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
  handle(ctx: RouteContext): Promise<HttpAnswer>;
}

const ifMatch = (ctx: RouteContext) => parseIfMatch(ctx.request.header('if-match'));

function pageRequest(query: URLSearchParams, extra: Record<string, unknown> = {}) {
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

function profileResponse(profile: { version: number }): HttpAnswer {
  return jsonAnswer(profile, 200, { etag: formatETag(profile.version) });
}

const self = (viewer: Viewer | null) => viewer?.userId ?? '';

/** The HTTP contract, one entry per route (method, path, handler): each a thin translation to one service call. */
export const PROFILE_ROUTES: Route[] = [
  { method: 'GET', path: '/config', handle: async ({ service, viewer }) => jsonAnswer(service.getConfig(viewer)) },
  { method: 'GET', path: '/me', handle: async ({ service, viewer }) => profileResponse(await service.getProfile(viewer, self(viewer))) },
  {
    method: 'PATCH',
    path: '/me',
    handle: async (ctx) =>
      profileResponse(await ctx.service.updateProfile(ctx.viewer, self(ctx.viewer), await ctx.body(), ifMatch(ctx))),
  },
  {
    method: 'POST',
    path: '/me/password',
    handle: async (ctx) => {
      await ctx.service.changePassword(ctx.viewer, await ctx.body());
      return jsonAnswer(undefined, 204);
    },
  },
  {
    method: 'POST',
    path: '/me/email',
    handle: async (ctx) => profileResponse(await ctx.service.requestEmailChange(ctx.viewer, await ctx.body(), ifMatch(ctx))),
  },
  {
    method: 'DELETE',
    path: '/me/email/pending',
    handle: async (ctx) => profileResponse(await ctx.service.cancelEmailChange(ctx.viewer, ifMatch(ctx))),
  },
  { method: 'GET', path: '/email/verify', handle: async () => verifyEmailPage() },
  {
    method: 'POST',
    path: '/email/verify',
    handle: async (ctx) => {
      const body = await ctx.body();
      const token = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as { token?: unknown }).token : undefined;
      return jsonAnswer(await ctx.service.confirmEmailChange(ctx.viewer, token));
    },
  },
  {
    method: 'GET',
    path: '/users',
    handle: async ({ service, viewer, query }) => {
      const search = query.get('query');
      return jsonAnswer(await service.listAccounts(viewer, pageRequest(query, search ? { query: search } : {})));
    },
  },
  { method: 'GET', path: '/users/:id', handle: async ({ service, viewer, params }) => profileResponse(await service.getProfile(viewer, params.id!)) },
  {
    method: 'PATCH',
    path: '/users/:id',
    handle: async (ctx) => profileResponse(await ctx.service.updateProfile(ctx.viewer, ctx.params.id!, await ctx.body(), ifMatch(ctx))),
  },
  {
    method: 'POST',
    path: '/users/:id/email',
    handle: async (ctx) => profileResponse(await ctx.service.setUserEmail(ctx.viewer, ctx.params.id!, await ctx.body(), ifMatch(ctx))),
  },
  {
    method: 'GET',
    path: '/users/:id/audit',
    handle: async ({ service, viewer, params, query }) => jsonAnswer(await service.listAudit(viewer, params.id!, pageRequest(query))),
  },
];
