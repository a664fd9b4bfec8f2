// A Next.js route handler module (app/api/profile/[...path]/route.ts) as a consumer writes it, with
// neither next nor express needed by profilekit's types: type-checked against the packed tarball.
import { defineProfileConfig } from 'profilekit/core';
import { createProfileRouteHandlers, type ProfileRouteHandlers, type RateLimitStore } from 'profilekit/next';
import { createOutboxMailer, createProfileService, createScryptHasher, createSqliteStore } from 'profilekit/server';

const counts = new Map<string, number>();
const store: RateLimitStore = { increment: (key) => ({ totalHits: counts.set(key, (counts.get(key) ?? 0) + 1).get(key)!, resetTime: undefined }) };

const service = createProfileService({
  store: await createSqliteStore({ filename: 'users.db' }),
  config: defineProfileConfig(),
  passwords: createScryptHasher(),
  mailer: createOutboxMailer(),
  verificationUrl: (token) => `https://app.example/api/profile/email/verify?token=${token}`,
});

const handlers: ProfileRouteHandlers = createProfileRouteHandlers({
  service,
  authenticate: (request) => (request.headers.get('cookie')?.includes('session=') ? { userId: 'u1', roles: [] } : null),
  rateLimit: { store },
  publicUrl: 'https://app.example',
});
export const { GET, POST, PATCH, PUT, DELETE, OPTIONS } = handlers;
