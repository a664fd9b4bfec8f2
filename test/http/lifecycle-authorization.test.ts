import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { INVITATION_ROUTES } from '../../src/http/invitation-routes';
import { LIFECYCLE_ROUTES } from '../../src/http/lifecycle-routes';
import { BASE, createTestApp, CSRF, PASSWORDS, snapshot, type TestApp, type TestUser } from '../support/test-app';

// The lifecycle routes x every kind of caller. "self" is alice (on her own account), "other" is
// bob (acting on alice's; on his own for /me routes), "admin" on alice's, and two suspended
// callers: carol, a user, and dave, an admin.
type Who = 'anonymous' | 'self' | 'other' | 'admin' | 'suspendedUser' | 'suspendedAdmin';
const WHO: Who[] = ['anonymous', 'self', 'other', 'admin', 'suspendedUser', 'suspendedAdmin'];

interface World {
  t: TestApp;
  callers: Record<Who, TestUser | null>;
  passwords: Record<Who, string>;
  adminViewer: { userId: string; roles: string[] };
}

interface RouteCase {
  name: string;
  method: 'get' | 'post' | 'delete';
  path: (w: World) => string;
  body?: (w: World, who: Who) => object;
  /** Brings the account(s) into the state the route acts on (a scheduled erasure to cancel…). */
  prepare?: (w: World, who: Who) => Promise<void>;
  expect: Record<Who, number>;
}

const alice = (w: World) => `/users/${w.t.users.alice.id}`;
const all = (status: number): Record<Who, number> => Object.fromEntries(WHO.map((who) => [who, status])) as Record<Who, number>;
const admin = (status: number) => ({ anonymous: 401, self: 403, other: 403, admin: status, suspendedUser: 403, suspendedAdmin: 403 });

const ROUTES: RouteCase[] = [
  { name: 'GET /me/export', method: 'get', path: () => '/me/export', expect: { ...all(200), anonymous: 401 } },
  {
    name: 'POST /me/deletion',
    method: 'post',
    path: () => '/me/deletion',
    body: (w, who) => ({ currentPassword: w.passwords[who] }),
    expect: { anonymous: 401, self: 202, other: 202, admin: 202, suspendedUser: 403, suspendedAdmin: 403 },
  },
  {
    name: 'DELETE /me/deletion',
    method: 'delete',
    path: () => '/me/deletion',
    body: (w, who) => ({ currentPassword: w.passwords[who] }),
    // The caller's own erasure is scheduled first: by the admin (the suspended cannot), by the admin themselves.
    prepare: async (w, who) => {
      const caller = w.callers[who];
      if (who === 'admin') await w.t.service.scheduleDeletion(w.adminViewer, { currentPassword: PASSWORDS.admin });
      else if (caller) await w.t.service.deleteAccount(w.adminViewer, caller.id, { mode: 'scheduled' });
    },
    expect: { anonymous: 401, self: 200, other: 200, admin: 200, suspendedUser: 403, suspendedAdmin: 403 },
  },
  { name: 'POST /users', method: 'post', path: () => '/users', body: () => ({ email: 'new.person@example.com', invite: true }), expect: admin(201) },
  { name: 'POST /users/:id/suspension', method: 'post', path: (w) => `${alice(w)}/suspension`, body: () => ({ reason: 'Spam' }), expect: admin(200) },
  {
    name: 'DELETE /users/:id/suspension',
    method: 'delete',
    path: (w) => `${alice(w)}/suspension`,
    prepare: async (w) => void (await w.t.service.suspendAccount(w.adminViewer, w.t.users.alice.id, { reason: 'Spam' })),
    expect: admin(200),
  },
  { name: 'POST /users/:id/deletion', method: 'post', path: (w) => `${alice(w)}/deletion`, body: () => ({ mode: 'scheduled' }), expect: admin(202) },
  {
    name: 'DELETE /users/:id/deletion',
    method: 'delete',
    path: (w) => `${alice(w)}/deletion`,
    prepare: async (w) => void (await w.t.service.deleteAccount(w.adminViewer, w.t.users.alice.id, { mode: 'scheduled' })),
    expect: admin(200),
  },
  // Alice may export herself through the admin route too: the export list holds `self`.
  { name: 'GET /users/:id/export', method: 'get', path: (w) => `${alice(w)}/export`, expect: { ...admin(200), self: 200 } },
  { name: 'GET /invitations/accept', method: 'get', path: () => '/invitations/accept?token=x', expect: all(200) },
  {
    name: 'POST /invitations/accept',
    method: 'post',
    path: () => '/invitations/accept',
    body: () => ({ token: 'A'.repeat(43), password: PASSWORDS.fresh }),
    expect: all(422),
  },
];

describe('lifecycle authorisation matrix: every new route x every caller', () => {
  let w: World;
  beforeEach(async () => {
    const t = await createTestApp();
    const carol = await t.addUser('carol@example.com', PASSWORDS.fresh, 'Carol Jones');
    const dave = await t.addUser('dave@example.com', PASSWORDS.fresh, 'Dave Admin', ['admin']);
    const adminViewer = { userId: t.users.admin.id, roles: ['admin'] };
    for (const suspended of [carol, dave]) await t.service.suspendAccount(adminViewer, suspended.id, { reason: 'Abuse' });
    w = {
      t,
      adminViewer,
      callers: { anonymous: null, self: t.users.alice, other: t.users.bob, admin: t.users.admin, suspendedUser: carol, suspendedAdmin: dave },
      passwords: { anonymous: '', self: PASSWORDS.alice, other: PASSWORDS.bob, admin: PASSWORDS.admin, suspendedUser: PASSWORDS.fresh, suspendedAdmin: PASSWORDS.fresh },
    };
  });

  for (const route of ROUTES) {
    for (const who of WHO) {
      const expected = route.expect[who];
      it(`${route.name} as ${who} -> ${expected}${expected >= 400 ? ', nothing written' : ''}`, async () => {
        await route.prepare?.(w, who);
        const ids = Object.values(w.callers).flatMap((caller) => (caller ? [caller.id] : []));
        const before = await snapshot(w.t.store, ids);
        const caller = w.callers[who];
        let call = request(w.t.app)[route.method](`${BASE}${route.path(w)}`).set(caller?.auth ?? {}).set(CSRF);
        if (route.body) call = call.send(route.body(w, who));
        const response = await call;
        expect(response.status, JSON.stringify(response.body)).toBe(expected);
        if (expected >= 400) {
          expect(response.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
          expect(await snapshot(w.t.store, ids)).toEqual(before);
        }
      });
    }
  }

  it('the suspended hear account_suspended, but for admin routes a suspended user has no right to anyway', async () => {
    for (const route of ROUTES.filter((r) => r.expect.suspendedUser === 403)) {
      const adminRoute = route.path(w).startsWith('/users');
      for (const [who, code] of [['suspendedAdmin', 'account_suspended'], ['suspendedUser', adminRoute ? 'forbidden' : 'account_suspended']] as const) {
        // The state may be there from the first caller's turn already (alice suspended once).
        await route.prepare?.(w, who).catch(() => undefined);
        let call = request(w.t.app)[route.method](`${BASE}${route.path(w)}`).set(w.callers[who]!.auth).set(CSRF);
        if (route.body) call = call.send(route.body(w, who));
        expect((await call).body.error.code, `${route.name} as ${who}`).toBe(code);
      }
    }
  });

  it('covers every lifecycle and invitation route', () => {
    const names = [...LIFECYCLE_ROUTES, ...INVITATION_ROUTES].map((r) => `${r.method} ${r.path}`);
    expect(ROUTES.map((r) => r.name).sort()).toEqual(names.sort());
  });
});
