import { jsonAnswer } from './http-responses';
import { INVITATION_ROUTES } from './invitation-routes';
import { LIFECYCLE_ROUTES } from './lifecycle-routes';
import { ifMatch, pageRequest, profileResponse, self, type Route } from './route';
import { verifyEmailPage } from './verify-email-page';

/** The profile, email and admin routes of the first contract. */
const CORE_ROUTES: Route[] = [
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

/**
 * The HTTP contract, one entry per route (method, path, handler): each a thin translation to one
 * service call. The account lifecycle's routes are in lifecycle-routes.ts and invitation-routes.ts.
 */
export const PROFILE_ROUTES: Route[] = [...CORE_ROUTES, ...LIFECYCLE_ROUTES, ...INVITATION_ROUTES];
