// The reference server demo: `npm start`. SQLite in .data/ (PostgreSQL when DATABASE_URL is set),
// seeded users, a development sign-in and outbox, and the demo page (demo/web) built with Vite
// from the library's own entry points. Everything outside src/ is the demo's.
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { join, sep } from 'node:path';
import { createArgon2Hasher, createOutboxMailer, createProfileRouter, createProfileService } from '../src/server';
import { exampleConfig } from '../src/testing/fixtures/example-config';
import { openDemoStore } from './demo-store';
import { createDevRoutes } from './dev-routes';
import { createDevSessions } from './dev-sessions';
import { seedDemo } from './seed';
import { signInLines } from './sign-ins';
import { prepareWeb } from './web-build';

const port = Number(process.env.PORT ?? 3000);
// The listen address: localhost unless HOST says otherwise (HOST=0.0.0.0 for every interface).
const host = process.env.HOST || 'localhost';
const publicUrl = (process.env.PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
const secure = publicUrl.startsWith('https:');
const apiBase = '/api/profile';
// The account lifecycle: how long a scheduled erasure waits (default the library's 14 days) and
// how often the purge runs. Short values let a demo (or an end-to-end test) see erasure happen.
const deletionGracePeriodMs = process.env.DELETION_GRACE_MS === undefined ? undefined : Number(process.env.DELETION_GRACE_MS);
const purgeIntervalMs = Number(process.env.PURGE_INTERVAL_MS ?? 60_000);

// The page build and the database start side by side.
const webReady = prepareWeb();
webReady.catch(() => undefined); // awaited below; a failed build stops the start there
const { store, where } = await openDemoStore();
const mailer = createOutboxMailer();
const passwords = createArgon2Hasher();
const sessions = createDevSessions({ secure });
const service = createProfileService({
  store,
  config: exampleConfig,
  passwords,
  mailer,
  // Links come from the configured public URL, never from a request's Host header.
  verificationUrl: (token) => `${publicUrl}${apiBase}/email/verify?token=${encodeURIComponent(token)}`,
  // The library's own page for it: choose a password, POST it.
  invitationUrl: (token) => `${publicUrl}${apiBase}/invitations/accept?token=${encodeURIComponent(token)}`,
  deletionGracePeriodMs,
  onPasswordChanged: ({ userId }) => sessions.revokeOthers(userId),
  onAccountErased: ({ userId }) => sessions.revokeAll(userId),
});
const seed = await seedDemo(service, store);
const signIns = await signInLines(store, passwords, seed);
const web = await webReady;

const app = express();
app.disable('x-powered-by');
app.use(apiBase, sessions.track, createProfileRouter({ service, publicUrl: process.env.PUBLIC_URL, authenticate: (req) => sessions.viewer(req) }));
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        // The built page: module scripts and stylesheets from here only, no inline script.
        'script-src': ["'self'"],
        // Profile pictures are https URLs the users typed.
        'img-src': ["'self'", 'data:', 'https:'],
        // Over plain http (localhost), upgrading would break the page.
        'upgrade-insecure-requests': secure ? [] : null,
      },
    },
  }),
);
app.use('/dev', createDevRoutes({ store, service, passwords, sessions, mailer, config: exampleConfig, seed }));
const hashedAssets = join(web.dir, 'assets') + sep; // names change with their content
app.use(
  express.static(web.dir, {
    index: false,
    setHeaders: (res, path) => res.set('cache-control', path.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  }),
);
// The page for `/` (and any other page address: routing is in the hash); never for the API.
app.get('/{*page}', (req: Request, res: Response, next) => {
  if (req.path.startsWith('/api/') || req.path.startsWith('/assets/') || !req.accepts('html')) return next();
  res.set('cache-control', 'no-cache').sendFile('index.html', { root: web.dir });
});
app.use((_req: Request, res: Response) => void res.status(404).json({ error: { code: 'not_found', message: 'Not found' } }));

const server = app.listen(port, host, () => {
  console.log(`profilekit demo ready at ${publicUrl} (${Math.round(process.uptime() * 1000)} ms; ${web.summary}) on ${where}`);
  for (const line of signIns) console.log(line);
  console.log(`  API:   ${publicUrl}${apiBase}   outbox: ${publicUrl}/#/outbox`);
});
// The host's purge, on a timer: erasures whose grace period is over happen here.
const purge = setInterval(() => {
  service
    .purgeDueAccounts()
    .then(({ erased }) => erased.length > 0 && console.log(`purge: erased ${erased.length} account(s)`))
    .catch((error: unknown) => console.error('purge failed', error));
}, purgeIntervalMs);
purge.unref();
const stop = () => {
  clearInterval(purge);
  server.close(() => void store.close().then(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
