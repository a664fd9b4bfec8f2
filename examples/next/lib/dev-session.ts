// DEVELOPMENT ONLY: a sign-in for trying the example, not part of profilekit. A real app brings
// its own authentication and hands profilekit a `Viewer` ({ userId, roles }) from it.
import { randomBytes } from 'node:crypto';
import type { Viewer } from 'profilekit/core';

export const SESSION_COOKIE = 'pk_example_session';

const shared = globalThis as typeof globalThis & { devSessions?: Map<string, Viewer> };
const sessions = (shared.devSessions ??= new Map());

/** A new session for `viewer`: its id, for an HttpOnly, SameSite=Lax cookie. */
export function startSession(viewer: Viewer): string {
  const id = randomBytes(32).toString('base64url');
  sessions.set(id, viewer);
  return id;
}

/** The viewer of a `Cookie` header, or null. */
export function viewerFromCookie(cookie: string | null | undefined): Viewer | null {
  const id = cookie
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === SESSION_COOKIE)?.[1];
  return (id && sessions.get(id)) || null;
}
