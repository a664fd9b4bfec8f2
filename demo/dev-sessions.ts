// DEMO ONLY: a development sign-in, not part of the library. Real apps bring their own
// authentication and hand profilekit a `Viewer` from it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Viewer } from '../src/core';

const COOKIE = 'pk_demo_session';

export function createDevSessions(options: { secure?: boolean } = {}) {
  const sessions = new Map<string, Viewer>();
  // The session of the request being served, so that a password change can keep it.
  const current = new AsyncLocalStorage<string | undefined>();
  const read = (req: Request): string | undefined =>
    req
      .get('cookie')
      ?.split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === COOKIE)?.[1];
  return {
    viewer(req: Request): Viewer | null {
      const id = read(req);
      return (id && sessions.get(id)) || null;
    },
    /** Middleware: remembers the request's session for `revokeOthers`. */
    track(req: Request, _res: Response, next: NextFunction) {
      current.run(read(req), next);
    },
    signIn(res: Response, viewer: Viewer) {
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, viewer);
      res.cookie(COOKIE, id, { httpOnly: true, sameSite: 'lax', path: '/', secure: options.secure ?? false });
    },
    signOut(req: Request, res: Response) {
      const id = read(req);
      if (id) sessions.delete(id);
      res.clearCookie(COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secure ?? false });
    },
    /**
     * After a password change (the library's onPasswordChanged hook): end the user's other
     * sessions, keeping the one that made the change.
     */
    revokeOthers(userId: string) {
      const keep = current.getStore();
      for (const [id, viewer] of sessions) if (viewer.userId === userId && id !== keep) sessions.delete(id);
    },
    /** After an account is erased (the library's onAccountErased hook): end all of its sessions. */
    revokeAll(userId: string) {
      for (const [id, viewer] of sessions) if (viewer.userId === userId) sessions.delete(id);
    },
  };
}

export type DevSessions = ReturnType<typeof createDevSessions>;
