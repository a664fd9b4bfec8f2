// DEMO ONLY: the JSON endpoints the demo page uses for its development sign-in and outbox.
// Not part of the library: real apps bring their own authentication and mail delivery.
import express, { type NextFunction, type Request, type Response } from 'express';
import { isAdmin, normalizeEmail, normalizePassword, type ProfileConfig } from '../src/core';
import type { OutboxMailer, PasswordHasher, ProfileStore } from '../src/server';
import type { DevSessions } from './dev-sessions';

export interface DevRoutesOptions {
  store: ProfileStore;
  passwords: PasswordHasher;
  sessions: DevSessions;
  mailer: OutboxMailer;
  config: Pick<ProfileConfig, 'adminRoles'>;
}

const error = (res: Response, status: number, code: string, message: string) =>
  void res.status(status).json({ error: { code, message } });

/** Login CSRF: refuse cross-site posts and anything but JSON (which a plain HTML form cannot send). */
function sameSiteJson(req: Request, res: Response, next: NextFunction) {
  if (req.get('sec-fetch-site') === 'cross-site') return error(res, 403, 'forbidden', 'Cross-site request refused');
  if (!req.is('application/json')) return error(res, 415, 'unsupported_media_type', 'Send JSON');
  next();
}

/** Every URL in a mail: its verification link first, then any in the text. */
function linksOf(mail: { link?: string; text: string }): string[] {
  const found = mail.text.match(/https?:\/\/[^\s<>"')]+/g) ?? [];
  return [...new Set([...(mail.link ? [mail.link] : []), ...found])];
}

/** Mounted at `/dev`: POST /signin, POST /signout, GET /session, GET /outbox.json. */
export function createDevRoutes({ store, passwords, sessions, mailer, config }: DevRoutesOptions) {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });

  router.post('/signin', sameSiteJson, express.json({ limit: '4kb' }), async (req, res) => {
    const email = normalizeEmail(String(req.body?.email ?? ''));
    const password = String(req.body?.password ?? '');
    const id = email ? await store.findAccountIdByEmail(email) : null;
    const account = id ? await store.getAccount(id) : null;
    const ok = account?.main.passwordHash && (await passwords.verify(account.main.passwordHash, normalizePassword(password)));
    if (!account || !ok) return error(res, 401, 'invalid_credentials', 'Wrong email or password.');
    sessions.signIn(res, { userId: account.id, roles: account.main.roles });
    res.status(204).end();
  });

  router.post('/signout', sameSiteJson, (req, res) => {
    sessions.signOut(req, res);
    res.status(204).end();
  });

  router.get('/session', async (req, res) => {
    const viewer = sessions.viewer(req);
    const account = viewer ? await store.getAccount(viewer.userId) : null;
    if (!viewer || !account) return error(res, 401, 'unauthenticated', 'Not signed in');
    res.json({
      userId: account.id,
      email: account.main.email,
      name: account.data.name,
      roles: viewer.roles,
      isAdmin: isAdmin(config, viewer),
    });
  });

  router.get('/outbox.json', (_req, res) => {
    const messages = mailer
      .messages()
      .reverse()
      .map((m) => ({ sentAt: m.sentAt, kind: m.kind, to: m.to, subject: m.subject, text: m.text, links: linksOf(m) }));
    res.json({ messages });
  });

  // The outbox used to be a page of its own: keep old bookmarks working.
  router.get('/outbox', (_req, res) => res.redirect(302, '/#/outbox'));

  router.use((_req, res) => error(res, 404, 'not_found', 'No such development endpoint'));
  return router;
}
