import { describe, expect, it, vi } from 'vitest';
import { createProfileRouteHandlers } from '../../src/next';
import { SECURITY_HEADERS } from '../../src/server';
import { callRoute, readRoute } from '../support/next-routes';
import { CSRF, createTestApp, PASSWORDS } from '../support/test-app';

// profilekit/next: the HTTP contract as App Router route handlers. The headers, the Origin rule
// and the rate limit are checked beside the Express router's in test/http (headers, origin,
// rate-limit); here, what is the route handlers' own.

describe('createProfileRouteHandlers', () => {
  it('exports a handler per method, each a plain (Request, context) => Response', async () => {
    const t = await createTestApp();
    const routes = t.nextRoutes();
    expect(Object.keys(routes).sort()).toEqual(['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
    // Called as Next.js calls it (with `{ params }`) or bare.
    const bare = await routes.GET(new Request('http://app.test/api/profile/me', { headers: t.users.alice.auth }));
    expect(bare.status).toBe(200);
    expect(bare.headers.get('etag')).toBe('"1"');
  });

  it('round trip: read, save with If-Match, read back; a stale version is a conflict that changes nothing', async () => {
    const t = await createTestApp();
    const routes = t.nextRoutes();
    const alice = t.users.alice.auth;
    const me = await readRoute(await callRoute(routes, { method: 'GET', path: '/me', headers: alice }));
    expect(me.body).toMatchObject({ email: 'alice@example.com', givenName: 'Alice', version: 1 });

    const write = { ...alice, ...CSRF, origin: 'http://app.test', 'sec-fetch-site': 'same-origin' };
    const saved = await readRoute(await callRoute(routes, { method: 'PATCH', path: '/me', headers: { ...write, 'if-match': me.headers.etag! }, body: { company: 'Looking Glass Ltd' } }));
    expect(saved.status).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.body).toMatchObject({ company: 'Looking Glass Ltd', version: 2 });

    const stale = await readRoute(await callRoute(routes, { method: 'PATCH', path: '/me', headers: { ...write, 'if-match': '"1"' }, body: { company: 'Mirror plc' } }));
    expect(stale.status).toBe(412);
    expect(stale.body.error?.code).toBe('version_conflict');
    const again = await readRoute(await callRoute(routes, { method: 'GET', path: '/me', headers: alice }));
    expect(again.body).toMatchObject({ company: 'Looking Glass Ltd', version: 2 });
    expect((await t.store.listAudit(t.users.alice.id, { limit: 10 })).items.filter((entry) => entry.action !== 'account.create')).toHaveLength(1);
  });

  it('refuses a write without the profilekit header, or from another site, and writes nothing', async () => {
    const t = await createTestApp();
    const routes = t.nextRoutes();
    const attempts = [
      { ...t.users.alice.auth, 'if-match': '"1"' },
      { ...t.users.alice.auth, ...CSRF, 'if-match': '"1"', origin: 'https://evil.test' },
      { ...t.users.alice.auth, ...CSRF, 'if-match': '"1"', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const refused = await readRoute(await callRoute(routes, { method: 'PATCH', path: '/me', headers, body: { company: 'Evil Corp' } }));
      expect(refused.status).toBe(403);
      expect(refused.body.error?.code).toBe('forbidden');
      expect(refused.headers['x-frame-options']).toBe(SECURITY_HEADERS['x-frame-options']);
    }
    expect((await t.store.getAccount(t.users.alice.id))!.version).toBe(1);
  });

  it('answers a CORS preflight from an allowed origin, and only from it', async () => {
    const t = await createTestApp();
    const routes = t.nextRoutes({ allowedOrigins: ['https://front.example.com'] });
    const preflight = (origin: string) =>
      callRoute(routes, { method: 'OPTIONS', path: '/me', headers: { origin, 'access-control-request-method': 'PATCH' } }).then(readRoute);
    const allowed = await preflight('https://front.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': 'https://front.example.com',
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': expect.stringContaining('PATCH'),
    });
    const other = await preflight('https://evil.test');
    expect(other.status).toBe(405);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('runs every write route, the password change included, with the contract’s statuses', async () => {
    const t = await createTestApp();
    const routes = t.nextRoutes();
    const headers = { ...t.users.alice.auth, ...CSRF };
    const wrong = await readRoute(
      await callRoute(routes, { method: 'POST', path: '/me/password', headers, body: { currentPassword: 'not-it-at-all', newPassword: PASSWORDS.fresh } }),
    );
    expect(wrong.status).toBe(403);
    expect(wrong.body.error?.code).toBe('invalid_current_password');
    const changed = await callRoute(routes, { method: 'POST', path: '/me/password', headers, body: { currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh } });
    expect(changed.status).toBe(204);
    const put = await readRoute(await callRoute(routes, { method: 'PUT', path: '/me', headers, body: {} }));
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, PATCH');
    expect((await callRoute(routes, { method: 'DELETE', path: '/me/email/pending', headers })).status).toBeLessThan(300);
  });

  it('answers a failing authenticate with a bare JSON 500, reported to onError', async () => {
    const t = await createTestApp();
    const onError = vi.fn();
    const routes = createProfileRouteHandlers({
      service: t.service,
      onError,
      authenticate: () => {
        throw new Error('session store down: secret detail');
      },
    });
    const answer = await readRoute(await routes.GET(new Request('http://app.test/api/profile/me')));
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(answer.text).not.toContain('secret detail');
    expect(answer.headers['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'session store down: secret detail' }));
  });

  it('serves under /api/profile by default, under basePath when given, and nothing else', async () => {
    const t = await createTestApp();
    const authenticate = () => ({ userId: t.users.alice.id, roles: [] });
    const byDefault = createProfileRouteHandlers({ service: t.service, authenticate });
    expect((await byDefault.GET(new Request('http://app.test/api/profile/me'))).status).toBe(200);
    expect((await byDefault.GET(new Request('http://app.test/api/account/me'))).status).toBe(404);
    const moved = createProfileRouteHandlers({ service: t.service, authenticate, basePath: '/app/api/account/' });
    expect((await moved.GET(new Request('http://app.test/app/api/account/me'))).status).toBe(200);
    expect((await moved.GET(new Request('http://app.test/api/profile/me'))).status).toBe(404);
  });

  it('takes the service as a function: called on the first request (not while next build imports the module), once, again after a failure', async () => {
    const t = await createTestApp();
    const onError = vi.fn();
    const service = vi.fn().mockRejectedValueOnce(new Error('database not up yet')).mockResolvedValue(t.service);
    const routes = createProfileRouteHandlers({ service, onError, authenticate: () => ({ userId: t.users.alice.id, roles: [] }) });
    expect(service).not.toHaveBeenCalled();
    const me = () => routes.GET(new Request('http://app.test/api/profile/me'));
    expect((await me()).status).toBe(500);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database not up yet' }));
    expect((await me()).status).toBe(200);
    expect((await me()).status).toBe(200);
    expect(service).toHaveBeenCalledTimes(2);
  });

  it('refuses a publicUrl that is not an http(s) URL at once, even with the service to come', () => {
    const authenticate = () => null;
    expect(() => createProfileRouteHandlers({ service: async () => ({}) as never, authenticate, publicUrl: 'app.example.com' })).toThrow(/publicUrl/);
  });
});
