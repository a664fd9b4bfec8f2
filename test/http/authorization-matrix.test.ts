import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { BASE, createTestApp, CSRF, PASSWORDS, snapshot, type TestApp } from '../support/test-app';

type Who = 'anonymous' | 'self' | 'other' | 'admin';

interface RouteCase {
  name: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The path for a caller acting on alice's account (as herself for /me routes). */
  path: (t: TestApp) => string;
  body?: (t: TestApp) => object;
  ifMatch?: boolean;
  /** Expected status per caller. */
  expect: Record<Who, number>;
}

// "self" is alice on her own account, "other" is bob acting on alice's, "admin" on alice's.
// /me routes act on the caller's own account, so "other" there means bob on his own.
const ROUTES: RouteCase[] = [
  { name: 'GET /config', method: 'get', path: () => '/config', expect: { anonymous: 401, self: 200, other: 200, admin: 200 } },
  { name: 'GET /me', method: 'get', path: () => '/me', expect: { anonymous: 401, self: 200, other: 200, admin: 200 } },
  {
    name: 'PATCH /me',
    method: 'patch',
    path: () => '/me',
    body: () => ({ company: 'Changed' }),
    ifMatch: true,
    expect: { anonymous: 401, self: 200, other: 200, admin: 200 },
  },
  {
    name: 'POST /me/password',
    method: 'post',
    path: () => '/me/password',
    body: () => ({ currentPassword: 'Wrong-Password-123', newPassword: PASSWORDS.fresh }),
    expect: { anonymous: 401, self: 403, other: 403, admin: 403 },
  },
  {
    name: 'POST /me/email',
    method: 'post',
    path: () => '/me/email',
    body: () => ({ email: 'someone.new@example.com', currentPassword: 'Wrong-Password-123' }),
    expect: { anonymous: 401, self: 403, other: 403, admin: 403 },
  },
  { name: 'DELETE /me/email/pending', method: 'delete', path: () => '/me/email/pending', expect: { anonymous: 401, self: 200, other: 200, admin: 200 } },
  { name: 'GET /email/verify', method: 'get', path: () => '/email/verify?token=x', expect: { anonymous: 200, self: 200, other: 200, admin: 200 } },
  {
    name: 'POST /email/verify',
    method: 'post',
    path: () => '/email/verify',
    body: () => ({ token: 'A'.repeat(43) }),
    expect: { anonymous: 422, self: 422, other: 422, admin: 422 },
  },
  { name: 'GET /users', method: 'get', path: () => '/users', expect: { anonymous: 401, self: 403, other: 403, admin: 200 } },
  { name: 'GET /users/:id', method: 'get', path: (t) => `/users/${t.users.alice.id}`, expect: { anonymous: 401, self: 200, other: 403, admin: 200 } },
  {
    name: 'PATCH /users/:id',
    method: 'patch',
    path: (t) => `/users/${t.users.alice.id}`,
    body: () => ({ company: 'Changed' }),
    ifMatch: true,
    expect: { anonymous: 401, self: 200, other: 403, admin: 200 },
  },
  {
    name: 'POST /users/:id/email',
    method: 'post',
    path: (t) => `/users/${t.users.alice.id}/email`,
    body: () => ({ email: 'alice.corp@example.com', verified: true }),
    expect: { anonymous: 401, self: 403, other: 403, admin: 200 },
  },
  {
    name: 'GET /users/:id/audit',
    method: 'get',
    path: (t) => `/users/${t.users.alice.id}/audit`,
    expect: { anonymous: 401, self: 403, other: 403, admin: 200 },
  },
];

describe('authorisation matrix: every route x every caller', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });

  const callers: Record<Who, (t: TestApp) => Record<string, string>> = {
    anonymous: () => ({}),
    self: (t) => t.users.alice.auth,
    other: (t) => t.users.bob.auth,
    admin: (t) => t.users.admin.auth,
  };

  for (const route of ROUTES) {
    for (const who of Object.keys(callers) as Who[]) {
      const expected = route.expect[who];
      it(`${route.name} as ${who} -> ${expected}${expected >= 400 ? ', nothing written' : ''}`, async () => {
        const ids = [t.users.alice.id, t.users.bob.id, t.users.admin.id];
        const before = await snapshot(t.store, ids);
        const actor = who === 'self' ? t.users.alice : who === 'other' ? t.users.bob : who === 'admin' ? t.users.admin : null;
        const targetsSelf = route.path(t).startsWith('/me');
        const targetId = targetsSelf ? (actor?.id ?? t.users.alice.id) : t.users.alice.id;
        const version = (await t.store.getAccount(targetId))!.version;
        let call = request(t.app)[route.method](`${BASE}${route.path(t)}`).set(callers[who](t)).set(CSRF);
        if (route.ifMatch) call = call.set('if-match', `"${version}"`);
        if (route.body) call = call.send(route.body(t));
        const response = await call;
        expect(response.status, JSON.stringify(response.body)).toBe(expected);
        if (expected >= 400) {
          expect(response.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
          expect(await snapshot(t.store, ids)).toEqual(before);
        }
      });
    }
  }

  it('covers every route of the contract', () => {
    expect(ROUTES.map((r) => r.name)).toHaveLength(13);
  });
});
