import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { BASE, createTestApp, CSRF, PASSWORDS, snapshot, type TestApp } from '../support/test-app';

// Bad input to the lifecycle routes: a clear 4xx with its code (and issue id where it has one),
// and the store exactly as it was.
interface BadCase {
  name: string;
  method: 'get' | 'post' | 'delete' | 'head';
  path: (t: TestApp) => string;
  as?: 'alice' | 'admin' | null;
  body?: unknown;
  /** Raw request headers beyond the defaults (auth, CSRF, JSON). */
  headers?: Record<string, string>;
  /** Brings the store into the state the case needs. */
  prepare?: (t: TestApp) => Promise<void>;
  status: number;
  code: string;
  issue?: [field: string, code: string];
}

const admin = (t: TestApp) => ({ userId: t.users.admin.id, roles: ['admin'] });
const aliceUser = (t: TestApp) => `/users/${t.users.alice.id}`;
const schedule = async (t: TestApp) => void (await t.service.deleteAccount(admin(t), t.users.alice.id, { mode: 'scheduled' }));
const suspend = async (t: TestApp) => void (await t.service.suspendAccount(admin(t), t.users.alice.id, { reason: 'Spam' }));

/** A fresh invitation to `email`: the invited account's id and the link's token. */
async function invitation(t: TestApp, email: string): Promise<{ id: string; token: string }> {
  const { id } = await t.service.createAccount(admin(t), { email, invite: true });
  const link = t.mailer.messages().find((m) => m.kind === 'invitation' && m.to === email)!.link!;
  return { id, token: new URL(link).searchParams.get('token')! };
}

const CASES: BadCase[] = [
  { name: 'POST /me/deletion, wrong password', method: 'post', path: () => '/me/deletion', body: { currentPassword: 'Wrong-Guess-123' }, status: 403, code: 'invalid_current_password', issue: ['currentPassword', 'wrongPassword'] },
  { name: 'POST /me/deletion, no body', method: 'post', path: () => '/me/deletion', status: 422, code: 'validation' },
  { name: 'POST /me/deletion, a number for the password', method: 'post', path: () => '/me/deletion', body: { currentPassword: 12345678 }, status: 422, code: 'validation' },
  { name: 'POST /me/deletion, an extra field', method: 'post', path: () => '/me/deletion', body: { currentPassword: PASSWORDS.alice, purgeAt: '2000-01-01' }, status: 422, code: 'validation' },
  { name: 'POST /me/deletion, an array', method: 'post', path: () => '/me/deletion', body: [PASSWORDS.alice], status: 422, code: 'validation' },
  { name: 'POST /me/deletion, malformed JSON', method: 'post', path: () => '/me/deletion', body: '{"currentPassword": ', headers: { 'content-type': 'application/json' }, status: 400, code: 'malformed_json' },
  { name: 'POST /me/deletion, already pending', method: 'post', path: () => '/me/deletion', prepare: schedule, body: { currentPassword: PASSWORDS.alice }, status: 409, code: 'invalid_state', issue: ['status', 'deletionScheduled'] },
  { name: 'POST /me/deletion, stale If-Match', method: 'post', path: () => '/me/deletion', headers: { 'if-match': '"7"' }, body: { currentPassword: PASSWORDS.alice }, status: 412, code: 'version_conflict' },
  { name: 'POST /me/deletion, garbage If-Match', method: 'post', path: () => '/me/deletion', headers: { 'if-match': 'W/"1"' }, body: { currentPassword: PASSWORDS.alice }, status: 412, code: 'version_conflict' },
  { name: 'DELETE /me/deletion, not pending', method: 'delete', path: () => '/me/deletion', body: { currentPassword: PASSWORDS.alice }, status: 409, code: 'invalid_state', issue: ['status', 'noDeletionScheduled'] },
  { name: 'DELETE /me/deletion, wrong password', method: 'delete', path: () => '/me/deletion', prepare: schedule, body: { currentPassword: 'Wrong-Guess-123' }, status: 403, code: 'invalid_current_password' },
  { name: 'DELETE /me/deletion, no password', method: 'delete', path: () => '/me/deletion', prepare: schedule, status: 422, code: 'validation' },
  { name: 'POST /users/:id/suspension, unknown id', method: 'post', as: 'admin', path: () => '/users/no-such-user/suspension', body: { reason: 'x' }, status: 404, code: 'not_found' },
  { name: 'POST /users/:id/suspension, a 2,000-character reason', method: 'post', as: 'admin', path: (t) => `${aliceUser(t)}/suspension`, body: { reason: 'x'.repeat(2000) }, status: 422, code: 'validation', issue: ['reason', 'tooLong'] },
  { name: 'POST /users/:id/suspension, a 501-character reason', method: 'post', as: 'admin', path: (t) => `${aliceUser(t)}/suspension`, body: { reason: 'x'.repeat(501) }, status: 422, code: 'validation', issue: ['reason', 'atMostChars'] },
  { name: 'POST /users/:id/suspension, a 100 KB reason', method: 'post', as: 'admin', path: (t) => `${aliceUser(t)}/suspension`, body: { reason: 'x'.repeat(100_000) }, status: 413, code: 'payload_too_large' },
  { name: 'POST /users/:id/suspension, a reason that is an object', method: 'post', as: 'admin', path: (t) => `${aliceUser(t)}/suspension`, body: { reason: { text: 'x' } }, status: 422, code: 'validation' },
  { name: 'POST /users/:id/suspension, already suspended', method: 'post', as: 'admin', path: (t) => `${aliceUser(t)}/suspension`, prepare: suspend, body: { reason: 'Again' }, status: 409, code: 'invalid_state', issue: ['status', 'alreadySuspended'] },
  { name: 'DELETE /users/:id/suspension, not suspended', method: 'delete', as: 'admin', path: (t) => `${aliceUser(t)}/suspension`, status: 409, code: 'invalid_state', issue: ['status', 'notSuspended'] },
  { name: 'POST /users/:id/deletion, no mode', method: 'post', as: 'admin', path: (t) => `${aliceUser(t)}/deletion`, body: {}, status: 422, code: 'validation' },
  { name: 'POST /users/:id/deletion, an unknown mode', method: 'post', as: 'admin', path: (t) => `${aliceUser(t)}/deletion`, body: { mode: 'soon' }, status: 422, code: 'validation' },
  { name: 'POST /users/:id/deletion, unknown id', method: 'post', as: 'admin', path: () => '/users/no-such-user/deletion', body: { mode: 'immediate' }, status: 404, code: 'not_found' },
  { name: 'POST /users/:id/deletion, already pending', method: 'post', as: 'admin', path: (t) => `${aliceUser(t)}/deletion`, prepare: schedule, body: { mode: 'scheduled' }, status: 409, code: 'invalid_state', issue: ['status', 'deletionScheduled'] },
  { name: 'POST /users/:id/deletion, the admin’s own', method: 'post', as: 'admin', path: (t) => `/users/${t.users.admin.id}/deletion`, body: { mode: 'immediate' }, status: 403, code: 'forbidden' },
  { name: 'DELETE /users/:id/deletion, not pending', method: 'delete', as: 'admin', path: (t) => `${aliceUser(t)}/deletion`, status: 409, code: 'invalid_state', issue: ['status', 'noDeletionScheduled'] },
  { name: 'POST /users, no email', method: 'post', as: 'admin', path: () => '/users', body: { name: 'Nobody' }, status: 422, code: 'validation' },
  { name: 'POST /users, a bad email', method: 'post', as: 'admin', path: () => '/users', body: { email: 'not-an-email' }, status: 422, code: 'validation', issue: ['email', 'email'] },
  { name: 'POST /users, invite as a string', method: 'post', as: 'admin', path: () => '/users', body: { email: 'n@example.com', invite: 'yes' }, status: 422, code: 'validation' },
  { name: 'POST /users, invite and a password', method: 'post', as: 'admin', path: () => '/users', body: { email: 'n@example.com', invite: true, password: PASSWORDS.fresh }, status: 422, code: 'validation', issue: ['invite', 'inviteOrPassword'] },
  { name: 'POST /users, a taken address', method: 'post', as: 'admin', path: () => '/users', body: { email: 'BOB@example.com' }, status: 409, code: 'email_taken' },
  { name: 'POST /users, a status', method: 'post', as: 'admin', path: () => '/users', body: { email: 'n@example.com', status: 'suspended' }, status: 403, code: 'forbidden_field' },
  { name: 'POST /invitations/accept, a forged token', method: 'post', as: null, path: () => '/invitations/accept', body: { token: 'A'.repeat(43), password: PASSWORDS.fresh }, status: 422, code: 'validation', issue: ['token', 'invalidLink'] },
  { name: 'POST /invitations/accept, a token that is a number', method: 'post', as: null, path: () => '/invitations/accept', body: { token: 7, password: PASSWORDS.fresh }, status: 422, code: 'validation', issue: ['token', 'invalidLink'] },
  { name: 'POST /invitations/accept, no password', method: 'post', as: null, path: () => '/invitations/accept', body: { token: 'A'.repeat(43) }, status: 422, code: 'validation' },
  { name: 'GET /me/export, without the X-ProfileKit header', method: 'get', path: () => '/me/export', headers: { 'x-profilekit': '' }, status: 403, code: 'forbidden' },
  { name: 'GET /me/export, from another site', method: 'get', path: () => '/me/export', headers: { 'sec-fetch-site': 'cross-site' }, status: 403, code: 'forbidden' },
];

describe('lifecycle routes: bad input is a clear 4xx that changes nothing', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });

  const ids = () => [t.users.alice.id, t.users.bob.id, t.users.admin.id];

  it.each(CASES)('$name -> $status $code', async (c) => {
    await c.prepare?.(t);
    const before = await snapshot(t.store, ids());
    const who = c.as === undefined ? 'alice' : c.as;
    let call = request(t.app)[c.method](`${BASE}${c.path(t)}`).set(CSRF).set(who ? t.users[who].auth : {});
    if (c.headers) call = call.set(c.headers);
    if (c.body !== undefined) call = call.send(c.body as object);
    const response = await call;
    expect(response.status, JSON.stringify(response.body)).toBe(c.status);
    expect(response.body.error.code).toBe(c.code);
    if (c.issue) expect(response.body.error.issues?.[c.issue[0]]?.code).toBe(c.issue[1]);
    expect(await snapshot(t.store, ids())).toEqual(before);
    expect(await t.store.findAccountIdByEmail('n@example.com')).toBeNull();
  });

  it('HEAD /me/export -> 405, and no export recorded', async () => {
    const before = await snapshot(t.store, ids());
    const response = await request(t.app).head(`${BASE}/me/export`).set(CSRF).set(t.users.alice.auth);
    expect(response.status).toBe(405);
    expect(await snapshot(t.store, ids())).toEqual(before);
  });

  it('POST /invitations/accept: a weak password, a used and an expired link change nothing', async () => {
    const accept = (token: string, password: string) => request(t.app).post(`${BASE}/invitations/accept`).set(CSRF).send({ token, password });
    const { id, token } = await invitation(t, 'invited@example.com');
    let before = await snapshot(t.store, [id]);
    const weak = await accept(token, 'invited1234!');
    expect(weak.status).toBe(422);
    expect(weak.body.error.issues.password).toMatchObject({ code: 'password' });
    expect(await snapshot(t.store, [id])).toEqual(before);
    expect((await accept(token, PASSWORDS.fresh)).status).toBe(200);
    before = await snapshot(t.store, [id]);
    const used = await accept(token, PASSWORDS.bob);
    expect(used.status).toBe(422);
    expect(used.body.error.issues).toEqual({ token: { code: 'invalidLink' } });
    expect(await snapshot(t.store, [id])).toEqual(before);

    const late = await invitation(t, 'late@example.com');
    t.clock.advance(7 * 24 * 3_600_000 + 1000);
    before = await snapshot(t.store, [late.id]);
    const expired = await accept(late.token, PASSWORDS.fresh);
    expect(expired.status).toBe(422);
    expect(expired.body.error.issues).toEqual({ token: { code: 'invalidLink' } });
    expect(await snapshot(t.store, [late.id])).toEqual(before);
  });
});
