// The reference server demo: `npm start`. SQLite in .data/ (PostgreSQL when DATABASE_URL is set),
// seeded users, a development sign-in and outbox. Everything outside src/ is the demo's.
import express from 'express';
import helmet from 'helmet';
import { createArgon2Hasher, createOutboxMailer, createProfileRouter, createProfileService } from '../src/server';
import { normalizePassword } from '../src/core';
import { exampleConfig } from '../src/testing/fixtures/example-config';
import { openDemoStore } from './demo-store';
import { createDevSessions } from './dev-sessions';
import { homePage, outboxPage } from './pages';
import { seedDemo } from './seed';

const started = Date.now();
const port = Number(process.env.PORT ?? 3000);
const publicUrl = (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
const apiBase = '/api/profile';

const { store, where } = await openDemoStore();
const mailer = createOutboxMailer();
const passwords = createArgon2Hasher();
const sessions = createDevSessions();
const service = createProfileService({
  store,
  config: exampleConfig,
  passwords,
  mailer,
  // Links come from the configured public URL, never from a request's Host header.
  verificationUrl: (token) => `${publicUrl}${apiBase}/email/verify?token=${encodeURIComponent(token)}`,
  onPasswordChanged: ({ userId }) => sessions.revokeAll(userId),
});
const credentials = await seedDemo(service, store);

const app = express();
app.disable('x-powered-by');
app.use(apiBase, createProfileRouter({ service, authenticate: (req) => sessions.viewer(req) }));
app.use(helmet());

app.get('/', (req, res) => {
  res.type('html').send(homePage(sessions.viewer(req), apiBase));
});
app.post('/signin', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
  // Demo sign-in: refuse cross-site form posts (login CSRF), then check the password.
  if (req.get('sec-fetch-site') === 'cross-site') return void res.status(403).send('Cross-site sign-in refused');
  const email = String(req.body?.email ?? '').trim().toLowerCase();
  const id = email ? await store.findAccountIdByEmail(email) : null;
  const account = id ? await store.getAccount(id) : null;
  const ok = account?.main.passwordHash && (await passwords.verify(account.main.passwordHash, normalizePassword(String(req.body?.password ?? ''))));
  if (!account || !ok) return void res.status(401).type('html').send(homePage(null, apiBase, 'Wrong email or password.'));
  sessions.signIn(res, { userId: account.id, roles: account.main.roles });
  res.redirect(303, '/');
});
app.post('/signout', (req, res) => {
  sessions.signOut(req, res);
  res.redirect(303, '/');
});
app.get('/dev/outbox', (_req, res) => {
  res.type('html').send(outboxPage(mailer.messages()));
});

const server = app.listen(port, () => {
  console.log(`profilekit demo ready at ${publicUrl} (${Date.now() - started} ms) on ${where}`);
  console.log(`  user:  ${credentials.user.email} / ${credentials.user.password}`);
  console.log(`  admin: ${credentials.admin.email} / ${credentials.admin.password}`);
  console.log(`  API:   ${publicUrl}${apiBase}   outbox: ${publicUrl}/dev/outbox`);
});
const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
