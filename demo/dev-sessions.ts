// DEMO ONLY: a development sign-in, not part of the library. Real apps bring their own
// authentication and hand profilekit a `Viewer` from it.
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Viewer } from '../src/core';

const COOKIE = 'pk_demo_session';

export function createDevSessions() {
  const sessions = new Map<string, Viewer>();
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
    signIn(res: Response, viewer: Viewer) {
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, viewer);
      res.cookie(COOKIE, id, { httpOnly: true, sameSite: 'lax', path: '/' });
    },
    signOut(req: Request, res: Response) {
      const id = read(req);
      if (id) sessions.delete(id);
      res.clearCookie(COOKIE, { path: '/' });
    },
    /** After a password change: end the user's other sessions (the library's onPasswordChanged hook). */
    revokeAll(userId: string) {
      for (const [id, viewer] of sessions) if (viewer.userId === userId) sessions.delete(id);
    },
  };
}
