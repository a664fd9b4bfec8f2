// The profile API (GET /api/profile/me, PATCH /api/profile/me, ...): profilekit's HTTP contract as
// route handlers, with the Express router's security headers, CSRF rule and rate limit.
import { createProfileRouteHandlers } from 'profilekit/next';
import { viewerFromCookie } from '@/lib/dev-session';
import { profileKit } from '@/lib/profile-kit';

export const { GET, POST, PATCH, PUT, DELETE, OPTIONS } = createProfileRouteHandlers({
  // A function: the store opens on the first request, not while `next build` imports this module.
  service: async () => (await profileKit()).service,
  authenticate: (request) => viewerFromCookie(request.headers.get('cookie')),
  publicUrl: process.env.PUBLIC_URL,
});
