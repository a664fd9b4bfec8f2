import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, createTestApp, CSRF, type TestApp } from '../support/test-app';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });

  const cases: [string, (t: TestApp) => request.Test, number][] = [
    ['2xx', (t) => request(t.app).get(`${BASE}/me`).set(t.users.alice.auth), 200],
    ['401', (t) => request(t.app).get(`${BASE}/me`), 401],
    ['403', (t) => request(t.app).get(`${BASE}/users`).set(t.users.alice.auth), 403],
    ['404', (t) => request(t.app).get(`${BASE}/no/such/route`).set(t.users.alice.auth), 404],
    ['422', (t) => request(t.app).patch(`${BASE}/me`).set(t.users.alice.auth).set(CSRF).set('if-match', '"1"').send({ nope: 1 }), 422],
    ['400', (t) => request(t.app).patch(`${BASE}/me`).set(t.users.alice.auth).set(CSRF).set('content-type', 'application/json').send('{'), 400],
  ];

  it.each(cases)('are on a %s response', async (_, call, status) => {
    const response = await call(t);
    expect(response.status).toBe(status);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('the verification link', () => {
  it('GET shows a page that changes nothing; only POST consumes the token', async () => {
    const t = await createTestApp();
    const alice = t.users.alice;
    await request(t.app).post(`${BASE}/me/email`).set(alice.auth).set(CSRF).send({ email: 'alice.new@example.com', currentPassword: 'Kettle-Orbit-Plum-92' });
    const link = t.mailer.messages().find((m) => m.kind === 'email-verification')!.link!;
    expect(link.startsWith(`https://app.example${BASE}/email/verify?token=`)).toBe(true);
    const url = new URL(link);

    const page = await request(t.app).get(`${url.pathname}${url.search}`).set('host', 'evil.example');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'nonce-[^']+'/);
    expect(page.text).not.toMatch(/https?:\/\/(?!app\.example)/); // no third-party content
    expect(page.text).not.toContain('evil.example');
    await request(t.app).head(`${url.pathname}${url.search}`);
    expect((await request(t.app).get(`${BASE}/me`).set(alice.auth)).body.pendingEmail).toBe('alice.new@example.com');

    const token = url.searchParams.get('token');
    const confirmed = await request(t.app).post(`${BASE}/email/verify`).set(CSRF).send({ token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ email: 'alice.new@example.com' });
    const again = await request(t.app).post(`${BASE}/email/verify`).set(CSRF).send({ token });
    expect(again.status).toBe(422);
  });
});
