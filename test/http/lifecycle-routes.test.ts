import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/testing';
import { BASE, createTestApp, CSRF, PASSWORDS, type TestApp } from '../support/test-app';

describe('lifecycle routes: what they answer', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  const as = (who: 'alice' | 'admin') => ({ ...t.users[who].auth, ...CSRF });

  it('GET /me/export: a JSON download, never cached, with no secret', async () => {
    const response = await request(t.app).get(`${BASE}/me/export`).set(as('alice'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="profilekit-export-${t.users.alice.id}-2026-11-23.json"`);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toMatchObject({ format: 'profilekit.account-export', version: 1, main: { email: 'alice@example.com' } });
    expect(findSecrets(response.body, Object.values(PASSWORDS))).toEqual([]);
  });

  it('GET /users/:id/export names the file after the account, whatever its id holds', async () => {
    const odd = await t.addUser('odd@example.com', PASSWORDS.fresh, 'Odd');
    const response = await request(t.app).get(`${BASE}/users/${odd.id}/export`).set(as('admin'));
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="profilekit-export-[A-Za-z0-9_-]+-\d{4}-\d{2}-\d{2}\.json"$/);
  });

  it('POST /me/deletion -> 202 { purgeAt, erased }; DELETE /me/deletion -> 200 with the profile and its ETag', async () => {
    const scheduled = await request(t.app).post(`${BASE}/me/deletion`).set(as('alice')).send({ currentPassword: PASSWORDS.alice });
    expect(scheduled.status).toBe(202);
    expect(scheduled.body).toEqual({ purgeAt: '2026-12-07T10:00:00.000Z', erased: false });
    const me = await request(t.app).get(`${BASE}/me`).set(as('alice'));
    expect(me.body).toMatchObject({ status: 'pending_deletion', purgeAt: '2026-12-07T10:00:00.000Z' });
    const cancelled = await request(t.app).delete(`${BASE}/me/deletion`).set(as('alice')).set('if-match', me.headers.etag as string).send({ currentPassword: PASSWORDS.alice });
    expect(cancelled.status).toBe(200);
    expect(cancelled.headers.etag).toBe(`"${cancelled.body.version}"`);
    expect(cancelled.body).toMatchObject({ status: 'active', purgeAt: null });
  });

  it('POST /users -> 201 with the profile and its ETag; with invite, the mail carries the page’s link', async () => {
    const created = await request(t.app).post(`${BASE}/users`).set(as('admin')).send({ email: 'new@example.com', invite: true });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const mail = t.mailer.messages().find((m) => m.kind === 'invitation')!;
    expect(mail).toMatchObject({ to: 'new@example.com', accountId: created.body.id });
    expect(mail.link).toMatch(new RegExp(`^https://app\\.example${BASE}/invitations/accept\\?token=[A-Za-z0-9_-]{43}$`));
    expect(mail.text).toContain(mail.link);
    const page = await request(t.app).get(`${BASE}/invitations/accept?token=x`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<label for="password">New password</label>');
    expect(await t.store.getAccount(created.body.id)).toMatchObject({ main: { passwordHash: null } });
  });

  it('suspension and admin deletion take If-Match like the email routes: optional, and current when sent', async () => {
    const path = `${BASE}/users/${t.users.alice.id}`;
    const stale = await request(t.app).post(`${path}/suspension`).set(as('admin')).set('if-match', '"9"').send({ reason: 'Spam' });
    expect(stale.status).toBe(412);
    const suspended = await request(t.app).post(`${path}/suspension`).set(as('admin')).set('if-match', '"1"').send({ reason: 'Spam' });
    expect(suspended.status).toBe(200);
    expect(suspended.headers.etag).toBe('"2"');
    const reactivated = await request(t.app).delete(`${path}/suspension`).set(as('admin'));
    expect(reactivated.body).toMatchObject({ status: 'active', version: 3 });
    const erased = await request(t.app).post(`${path}/deletion`).set(as('admin')).set('if-match', '"3"').send({ mode: 'immediate' });
    expect(erased.status).toBe(202);
    expect(erased.body).toMatchObject({ erased: true });
    expect((await request(t.app).get(`${BASE}/me`).set(as('alice'))).status).toBe(404);
  });
});

describe('lifecycle routes under the write rate limit', () => {
  it('every new write counts against the account’s limit; exports have their own throttle', async () => {
    const t = await createTestApp({ router: { rateLimit: { limit: 4, windowMs: 60_000 } } });
    const admin = { ...t.users.admin.auth, ...CSRF };
    const alice = `${BASE}/users/${t.users.alice.id}`;
    const statuses = [
      (await request(t.app).post(`${alice}/suspension`).set(admin).send({ reason: 'x' })).status,
      (await request(t.app).delete(`${alice}/suspension`).set(admin)).status,
      (await request(t.app).post(`${BASE}/users`).set(admin).send({ email: 'n@example.com' })).status,
      (await request(t.app).post(`${BASE}/me/deletion`).set(admin).send({ currentPassword: 'Wrong-Guess-123' })).status,
      (await request(t.app).post(`${alice}/deletion`).set(admin).send({ mode: 'immediate' })).status,
    ];
    expect(statuses).toEqual([200, 200, 201, 403, 429]);
    expect((await t.store.getAccount(t.users.alice.id))).not.toBeNull();
    // Signed out, the invitation page's POST counts by address.
    const accepts = [];
    for (let i = 0; i < 5; i++) accepts.push((await request(t.app).post(`${BASE}/invitations/accept`).set(CSRF).send({ token: 'x', password: 'y' })).status);
    expect(accepts).toEqual([422, 422, 422, 422, 429]);
    const exports = [];
    for (let i = 0; i < 11; i++) exports.push((await request(t.app).get(`${BASE}/me/export`).set(t.users.bob.auth).set(CSRF)).status);
    expect(exports).toEqual([...Array(10).fill(200), 429]);
  });
});
