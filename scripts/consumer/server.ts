// A server consumer on SQLite with Express (express, better-sqlite3 and their @types added; no pg,
// no @node-rs/argon2, no vitest, no msw): type-checked strictly against the packed tarball.
import express from 'express';
import { defineProfileConfig } from 'profilekit/core';
import {
  createOutboxMailer,
  createProfileRouter,
  createProfileService,
  createScryptHasher,
  createSqliteStore,
  ERROR_STATUS,
  isProfileError,
  type ProfileService,
} from 'profilekit/server';

const store = await createSqliteStore({ filename: ':memory:' });
const service: ProfileService = createProfileService({
  store,
  config: defineProfileConfig(),
  passwords: createScryptHasher(),
  mailer: createOutboxMailer(),
  verificationUrl: (token) => `https://app.example/api/profile/email/verify?token=${token}`,
});

const app = express();
// Unannotated, `req` has what the router reads (and `get`); annotated, your app's request type.
app.use('/api/profile', createProfileRouter({ service, authenticate: (req) => (req.get('authorization') ? { userId: 'u1', roles: [] } : null) }));
app.use(
  '/api/admin-profile',
  createProfileRouter({
    service,
    authenticate: (req: express.Request) => (req.query.as === 'admin' ? { userId: 'admin', roles: ['admin'] } : null),
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
);

// A host's own sign-up route: the service's errors mapped to their statuses.
app.post('/sign-up', express.json(), async (req, res) => {
  try {
    const profile = await service.createAccount(null, { email: req.body.email, password: req.body.password, name: req.body.name });
    res.status(201).json({ id: profile.id });
  } catch (error) {
    if (!isProfileError(error)) throw error;
    res.status(ERROR_STATUS[error.code]).json({ error: error.toJSON() });
  }
});
