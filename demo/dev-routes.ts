// DEMO ONLY: the JSON endpoints the demo page uses for its development sign-in and outbox.
// Not part of the library: real apps bring their own authentication and mail delivery.
import express, { type NextFunction, type Request, type Response } from 'express';
import { ERROR_STATUS, isActive, isAdmin, isProfileError, normalizeEmail, type ProfileConfig } from '../src/core';
import type { OutboxMailer, PasswordHasher, ProfileService, ProfileStore } from '../src/server';
import type { DevSessions } from './dev-sessions';
import { visibleMail } from './outbox-view';
import { passwordOpens } from './password-opens';
import type { DemoSeed } from './seed';
import { seededAddresses } from './sign-ins';

export interface DevRoutesOptions {
  store: ProfileStore;
  /** For the sign-up: the library creates the account (its policy, its audit entry). */
  service: ProfileService;
  passwords: PasswordHasher;
  sessions: DevSessions;
  mailer: OutboxMailer;
  config: Pick<ProfileConfig, 'adminRoles'>;
  /** The seeded accounts, whose current addresses the sign-in page offers. */
  seed: DemoSeed;
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

/** Mounted at `/dev`: POST /signin, POST /signup, POST /signout, GET /session, GET /sign-ins, GET /outbox.json. */
export function createDevRoutes({ store, service, passwords, sessions, mailer, config, seed }: DevRoutesOptions) {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });

  router.post('/signin', sameSiteJson, express.json({ limit: '4kb' }), async (req, res) => {
    const email = normalizeEmail(String(req.body?.email ?? ''));
    const id = email ? await store.findAccountIdByEmail(email) : null;
    const account = id ? await store.getAccount(id) : null;
    const ok = account && (await passwordOpens(passwords, account, String(req.body?.password ?? '')));
    if (!account || !ok) return error(res, 401, 'invalid_credentials', 'Wrong email or password.');
    // The host's sign-in asks the library whether the account may come in: a suspended one may
    // not (one pending deletion may, to cancel). Only after the password, so guessers learn nothing.
    if (!isActive(account)) return error(res, 403, 'account_suspended', 'This account is suspended.');
    sessions.signIn(res, { userId: account.id, roles: account.main.roles });
    res.status(204).end();
  });

  // A sign-up, as a host app would have one: the library creates the account (an erased
  // account's address is free for it again), then the demo signs it in.
  router.post('/signup', sameSiteJson, express.json({ limit: '4kb' }), async (req, res) => {
    const { email, password, name } = (req.body ?? {}) as Record<string, unknown>;
    try {
      const profile = await service.createAccount(null, { email, password, ...(name ? { name } : {}) });
      sessions.signIn(res, { userId: profile.id, roles: [] });
      res.status(201).json({ userId: profile.id });
    } catch (caught) {
      if (!isProfileError(caught)) throw caught;
      res.status(ERROR_STATUS[caught.code]).json({ error: caught.toJSON() });
    }
  });

  router.post('/signout', sameSiteJson, (req, res) => {
    sessions.signOut(req, res);
    res.status(204).end();
  });

  /** The signed-in viewer, or null (no session, or its account is gone). */
  async function signedIn(req: Request) {
    const viewer = sessions.viewer(req);
    const account = viewer ? await store.getAccount(viewer.userId) : null;
    return viewer && account ? { viewer, account, isAdmin: isAdmin(config, viewer) } : null;
  }

  // Signed out is an answer, not an error: 200 either way, so a signed-out page load logs nothing red.
  router.get('/session', async (req, res) => {
    const session = await signedIn(req);
    if (!session) return void res.json({ signedIn: false });
    const { viewer, account } = session;
    res.json({
      signedIn: true,
      userId: account.id,
      email: account.main.email,
      name: account.data.name,
      roles: viewer.roles,
      isAdmin: session.isAdmin,
    });
  });

  // The seeded accounts' addresses as they are now (a seeded user may have changed theirs).
  router.get('/sign-ins', async (_req, res) => {
    res.json({ accounts: await seededAddresses(store, seed) });
  });

  // Each viewer reads the mail about their own account; an admin reads all (see visibleMail).
  router.get('/outbox.json', async (req, res) => {
    const session = await signedIn(req);
    if (!session) return error(res, 401, 'unauthenticated', 'Sign in to read the outbox');
    const messages = visibleMail({ userId: session.account.id, isAdmin: session.isAdmin }, mailer.messages())
      .reverse()
      .map((m) => ({ sentAt: m.sentAt, kind: m.kind, to: m.to, subject: m.subject, text: m.text, links: linksOf(m) }));
    res.json({ messages });
  });

  // The outbox used to be a page of its own: keep old bookmarks working.
  router.get('/outbox', (_req, res) => res.redirect(302, '/#/outbox'));

  router.use((_req, res) => error(res, 404, 'not_found', 'No such development endpoint'));
  return router;
}
