import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProfileHandler, SECURITY_HEADERS } from '../../src/http';
import { callRoute } from '../support/next-routes';
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

describe('the web handler, the Next.js route handlers and the Express router', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });

  interface Call {
    method: 'GET' | 'HEAD' | 'PATCH' | 'PUT' | 'OPTIONS';
    path: string;
    as?: 'alice';
    headers?: Record<string, string>;
    body?: string;
  }
  // What differs by transport, not by contract: the connection and the framing.
  const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  const comparable = (headers: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(headers)
        .filter(([name]) => !TRANSPORT.has(name))
        .map(([name, value]) => [name, value.replace(/'nonce-[^']+'/g, "'nonce-*'")])
        .sort(([a], [b]) => a!.localeCompare(b!)),
    );

  async function viaRouter(call: Call) {
    let test = request(t.app)[call.method.toLowerCase() as 'get'](`${BASE}${call.path}`).set(call.headers ?? {});
    if (call.as) test = test.set(t.users.alice.auth);
    if (call.body !== undefined) test = test.send(call.body);
    const response = await test;
    return { status: response.status, headers: comparable(response.headers as Record<string, string>) };
  }

  async function viaHandler(call: Call) {
    const handle = createProfileHandler({ service: t.service, basePath: BASE });
    const response = await handle(
      new Request(`http://127.0.0.1${BASE}${call.path}`, { method: call.method, headers: call.headers, body: call.body ?? null }),
      call.as ? { userId: t.users.alice.id, roles: [] } : null,
    );
    return { status: response.status, headers: comparable(Object.fromEntries(response.headers)) };
  }

  async function viaNext(call: Call) {
    const headers = { ...call.headers, ...(call.as ? t.users.alice.auth : {}) };
    const response = await callRoute(t.nextRoutes(), { ...call, headers, at: 'http://127.0.0.1' });
    return { status: response.status, headers: comparable(Object.fromEntries(response.headers)) };
  }

  const json = { ...CSRF, 'content-type': 'application/json', 'if-match': '"1"' };
  const calls: [string, Call][] = [
    ['200', { method: 'GET', path: '/me', as: 'alice' }],
    ['HEAD', { method: 'HEAD', path: '/me', as: 'alice' }],
    ['401', { method: 'GET', path: '/me' }],
    ['403', { method: 'GET', path: '/users', as: 'alice' }],
    ['403 (CSRF)', { method: 'PATCH', path: '/me', as: 'alice', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['404', { method: 'GET', path: '/no/such/route', as: 'alice' }],
    ['405', { method: 'PUT', path: '/me', as: 'alice', headers: json, body: '{}' }],
    ['405 (preflight from another origin)', { method: 'OPTIONS', path: '/me', headers: { origin: 'https://evil.test' } }],
    ['422', { method: 'PATCH', path: '/me', as: 'alice', headers: json, body: '{"nope":1}' }],
    ['400', { method: 'PATCH', path: '/me', as: 'alice', headers: json, body: '{' }],
    ['the verification page', { method: 'GET', path: '/email/verify?token=abc' }],
    ['the invitation page', { method: 'GET', path: '/invitations/accept?token=abc' }],
  ];

  it.each(calls)('answer %s with the same headers (and so do the Next.js route handlers)', async (_, call) => {
    const [router, handler, next] = [await viaRouter(call), await viaHandler(call), await viaNext(call)];
    expect(handler.status).toBe(router.status);
    expect(handler.headers).toEqual(router.headers);
    expect(next).toEqual(handler);
    // Not equal by both lacking them: helmet's set is there.
    expect(handler.headers).toMatchObject({
      'strict-transport-security': expect.stringMatching(/max-age=\d+/),
      'cross-origin-opener-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
  });

  it.each(['/email/verify?token=abc', '/invitations/accept?token=abc'])('keeps the link page %s its own CSP and frame rule', async (path) => {
    const { headers } = await viaHandler({ method: 'GET', path });
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'nonce-\*'/);
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('SECURITY_HEADERS are helmet’s defaults', async () => {
    const { headers } = await viaRouter({ method: 'GET', path: '/me', as: 'alice' });
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
  });
});
