import { acceptInvitationPage } from './accept-invitation-page';
import { jsonAnswer } from './http-responses';
import type { Route } from './route';

/** The invitation link: its page (changes nothing), and the POST that sets the password (no viewer needed). */
export const INVITATION_ROUTES: Route[] = [
  { method: 'GET', path: '/invitations/accept', handle: async () => acceptInvitationPage() },
  {
    method: 'POST',
    path: '/invitations/accept',
    handle: async (ctx) => jsonAnswer(await ctx.service.acceptInvitation(ctx.viewer, await ctx.body())),
  },
];
