import { exportFileName, ProfileError, type AccountExport } from '../core';
import type { HttpAnswer } from './http-exchange';
import { jsonAnswer } from './http-responses';
import { ifMatch, profileResponse, self, signedIn, type Route, type RouteContext } from './route';

/** An export as a download: a JSON file named for the account and the day, never cached (every answer is `no-store`). */
function exportAnswer(document: AccountExport): HttpAnswer {
  return jsonAnswer(document, 200, { 'content-disposition': `attachment; filename="${exportFileName(document)}"` });
}

/** An export writes an audit entry: HEAD (which would record one and deliver nothing) is refused. */
function getOnly(ctx: RouteContext): void {
  if (ctx.request.method !== 'GET') throw new ProfileError('method_not_allowed', 'Use GET');
}

const user = (ctx: RouteContext) => ctx.params.id!;

/**
 * The account lifecycle (issue 12): export, erasure, suspension, creation. Steps that change
 * an account take an optional `If-Match` (as the email routes: when sent it must be current);
 * scheduling and carrying out an erasure answer 202 `{ purgeAt, erased }`.
 */
export const LIFECYCLE_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/me/export',
    guarded: true,
    handle: async (ctx) => {
      getOnly(ctx);
      return exportAnswer(await ctx.service.exportAccount(ctx.viewer, self(ctx.viewer)));
    },
  },
  {
    method: 'POST',
    path: '/me/deletion',
    handle: async (ctx) => jsonAnswer(await ctx.service.scheduleDeletion(ctx.viewer, await ctx.body(), ifMatch(ctx)), 202),
  },
  {
    method: 'DELETE',
    path: '/me/deletion',
    handle: async (ctx) => profileResponse(await ctx.service.cancelDeletion(ctx.viewer, await ctx.body(), ifMatch(ctx))),
  },
  {
    method: 'POST',
    path: '/users',
    handle: async (ctx) => profileResponse(await ctx.service.createAccount(signedIn(ctx.viewer), await ctx.body()), 201),
  },
  {
    method: 'POST',
    path: '/users/:id/suspension',
    handle: async (ctx) => profileResponse(await ctx.service.suspendAccount(ctx.viewer, user(ctx), await ctx.body(), ifMatch(ctx))),
  },
  {
    method: 'DELETE',
    path: '/users/:id/suspension',
    handle: async (ctx) => profileResponse(await ctx.service.reactivateAccount(ctx.viewer, user(ctx), ifMatch(ctx))),
  },
  {
    method: 'POST',
    path: '/users/:id/deletion',
    handle: async (ctx) => jsonAnswer(await ctx.service.deleteAccount(ctx.viewer, user(ctx), await ctx.body(), ifMatch(ctx)), 202),
  },
  {
    method: 'DELETE',
    path: '/users/:id/deletion',
    handle: async (ctx) => profileResponse(await ctx.service.cancelAccountDeletion(ctx.viewer, user(ctx), ifMatch(ctx))),
  },
  {
    method: 'GET',
    path: '/users/:id/export',
    guarded: true,
    handle: async (ctx) => {
      getOnly(ctx);
      return exportAnswer(await ctx.service.exportAccount(ctx.viewer, user(ctx)));
    },
  },
];
