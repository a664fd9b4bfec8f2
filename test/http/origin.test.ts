import type { Express } from 'express';
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { createProfileHandler, type ProfileHandlerOptions } from '../../src/http';
import { callRoute, readRoute, type RouteCall } from '../support/next-routes';
import { BASE, createTestApp, CSRF, PASSWORDS, snapshot, type TestApp, type TestUser } from '../support/test-app';

interface Write {
  method: 'patch' | 'post' | 'delete';
  path: string;
  as: TestUser;
  headers?: Record<string, string>;
  body?: object;
}
type Send = (write: Write) => Promise<{ status: number; body: { error?: { code: string } } }>;
type Options = Pick<ProfileHandlerOptions, 'publicUrl' | 'allowedOrigins'>;

/**
 * The three surfaces of the contract, each addressed as `http://app.test` unless told otherwise:
 * the Express router (Host header), the web handler and the Next.js route handlers (the Request's URL).
 */
const surfaces: [string, (t: TestApp, options: Options, at?: string) => Send][] = [
  [
    'Express router',
    (t, options, at = 'http://app.test') => {
      const app = t.instance(options);
      return (write) => {
        let call = request(app)[write.method](`${BASE}${write.path}`).set('host', new URL(at).host).set(write.as.auth).set(write.headers ?? {});
        if (write.body) call = call.send(write.body);
        return call;
      };
    },
  ],
  [
    'web handler',
    (t, options, at = 'http://app.test') => {
      const handle = createProfileHandler({ service: t.service, basePath: BASE, ...options });
      return async (write) => {
        const roles = write.as === t.users.admin ? ['admin'] : [];
        const response = await handle(
          new Request(`${at}${BASE}${write.path}`, {
            method: write.method.toUpperCase(),
            headers: { ...write.headers, ...(write.body ? { 'content-type': 'application/json' } : {}) },
            body: write.body ? JSON.stringify(write.body) : null,
          }),
          { userId: write.as.id, roles },
        );
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : {} };
      };
    },
  ],
  [
    'Next.js route handlers',
    (t, options, at = 'http://app.test') => {
      const routes = t.nextRoutes(options);
      return async (write) =>
        readRoute(
          await callRoute(routes, {
            method: write.method.toUpperCase() as RouteCall['method'],
            path: write.path,
            headers: { ...write.as.auth, ...write.headers },
            body: write.body,
            at,
          }),
        );
    },
  ],
];

describe.each(surfaces)('the Origin of a write, through the %s', (_, surface) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });

  /** PATCH /me as alice from `origin` (absent when undefined), based on her current version. */
  async function patchFrom(send: Send, origin: string | undefined, extra: Record<string, string> = {}) {
    const version = (await t.store.getAccount(t.users.alice.id))!.version;
    const headers = { ...CSRF, 'if-match': `"${version}"`, ...(origin === undefined ? {} : { origin }), ...extra };
    return send({ method: 'patch', path: '/me', as: t.users.alice, headers, body: { company: `From ${origin}` } });
  }

  async function expectRefused(send: Send, origin: string, extra?: Record<string, string>) {
    const ids = [t.users.alice.id, t.users.bob.id, t.users.admin.id];
    const before = await snapshot(t.store, ids);
    const response = await patchFrom(send, origin, extra);
    expect(response.status, `${origin} ${JSON.stringify(response.body)}`).toBe(403);
    expect(response.body.error?.code).toBe('forbidden');
    expect(await snapshot(t.store, ids)).toEqual(before);
  }

  describe('by default (same origin only)', () => {
    it.each([
      ['another site', 'https://evil.test'],
      ['an opaque origin', 'null'],
      ['the right host on another port', 'http://app.test:8080'],
      ['the right host over another scheme', 'https://app.test'],
      ['a sub-domain', 'http://sub.app.test'],
      ['a parent domain', 'http://test'],
      ['a look-alike suffix', 'http://app.test.evil.test'],
      ['a trailing slash (not an origin)', 'http://app.test/'],
      ['a path (not an origin)', 'http://app.test/api'],
      ['user info (not an origin)', 'http://app.test@evil.test'],
      ['garbage', 'app.test'],
      ['an empty value', ''],
      ['two origins', 'http://app.test, https://evil.test'],
      ['a non-web scheme', 'file://app.test'],
    ])('refuses %s (%s) and writes nothing', async (_, origin) => {
      await expectRefused(surface(t, {}), origin);
    });

    it.each([
      ['its own origin', 'http://app.test'],
      ['its own origin with the host in capitals', 'http://APP.Test'],
      ['its own origin with the default port spelled out', 'http://app.test:80'],
    ])('accepts %s', async (_, origin) => {
      const response = await patchFrom(surface(t, {}), origin, { 'sec-fetch-site': 'same-origin' });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    });

    it('accepts a write with no Origin at all (a server-side client), on the header alone', async () => {
      const send = surface(t, {});
      expect((await patchFrom(send, undefined)).status).toBe(200);
      const noHeader = await send({ method: 'patch', path: '/me', as: t.users.alice, headers: { 'if-match': '"2"' }, body: { company: 'x' } });
      expect(noHeader.status).toBe(403);
    });

    it('compares with the port the request was addressed to', async () => {
      const send = surface(t, {}, 'http://app.test:8080');
      expect((await patchFrom(send, 'http://app.test:8080')).status).toBe(200);
      await expectRefused(send, 'http://app.test');
    });

    it('keeps the Sec-Fetch-Site rule for its own origin', async () => {
      await expectRefused(surface(t, {}), 'http://app.test', { 'sec-fetch-site': 'cross-site' });
      await expectRefused(surface(t, {}), 'http://app.test', { 'sec-fetch-site': 'same-site' });
    });

    it('refuses every write route from another origin, and none sends mail', async () => {
      const send = surface(t, {});
      const alice = t.users.alice;
      const version = async (id: string) => `"${(await t.store.getAccount(id))!.version}"`;
      const writes = async (): Promise<Write[]> => [
        { method: 'patch', path: '/me', as: alice, headers: { 'if-match': await version(alice.id) }, body: { company: 'x' } },
        { method: 'post', path: '/me/email', as: alice, body: { email: 'alice.new@example.com', currentPassword: PASSWORDS.alice } },
        { method: 'delete', path: '/me/email/pending', as: alice },
        { method: 'post', path: '/me/password', as: alice, body: { currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh } },
        { method: 'patch', path: `/users/${t.users.bob.id}`, as: t.users.admin, headers: { 'if-match': await version(t.users.bob.id) }, body: { company: 'x' } },
        { method: 'post', path: `/users/${t.users.bob.id}/email`, as: t.users.admin, body: { email: 'bob.corp@example.com', verified: true } },
      ];
      const ids = [alice.id, t.users.bob.id, t.users.admin.id];
      const before = await snapshot(t.store, ids);
      for (const write of await writes()) {
        const response = await send({ ...write, headers: { ...CSRF, origin: 'https://evil.test', ...write.headers } });
        expect(response.status, `${write.method} ${write.path}`).toBe(403);
      }
      expect(await snapshot(t.store, ids)).toEqual(before);
      expect(t.mailer.messages()).toEqual([]);
      // The same writes from the API's own origin do go through: the refusals above were the Origin's.
      for (const write of await writes()) {
        const response = await send({ ...write, headers: { ...CSRF, origin: 'http://app.test', ...write.headers } });
        expect(response.status, `${write.method} ${write.path} ${JSON.stringify(response.body)}`).toBeLessThan(300);
      }
    });
  });

  describe('with publicUrl', () => {
    const publicUrl = 'https://app.example.com/profile/';

    it('takes the own origin from it, not from the request', async () => {
      const send = surface(t, { publicUrl }, 'http://internal:3000');
      expect((await patchFrom(send, 'https://app.example.com')).status).toBe(200);
      expect((await patchFrom(send, 'https://app.example.com:443')).status).toBe(200);
      await expectRefused(send, 'http://internal:3000');
      await expectRefused(send, 'http://app.example.com');
      await expectRefused(send, 'https://app.example.com:8443');
      await expectRefused(send, 'null');
    });

    it('refuses a public URL that is not an http(s) URL when the handler is made', () => {
      expect(() => surface(t, { publicUrl: 'app.example.com' })).toThrow(/publicUrl/);
      expect(() => surface(t, { publicUrl: 'ftp://app.example.com' })).toThrow(/publicUrl/);
    });
  });

  describe('with allowedOrigins', () => {
    const allowedOrigins = ['https://front.example.com'];

    it('accepts the listed origins (cross-site too) as well as its own, and nothing else', async () => {
      const send = surface(t, { allowedOrigins });
      expect((await patchFrom(send, 'https://front.example.com', { 'sec-fetch-site': 'cross-site' })).status).toBe(200);
      expect((await patchFrom(send, 'https://FRONT.example.com:443')).status).toBe(200);
      expect((await patchFrom(send, 'http://app.test')).status).toBe(200);
      await expectRefused(send, 'https://evil.test');
      await expectRefused(send, 'http://front.example.com');
      await expectRefused(send, 'https://front.example.com.evil.test');
      await expectRefused(send, 'null');
    });

    it('with publicUrl too, both count', async () => {
      const send = surface(t, { allowedOrigins, publicUrl: 'https://app.example.com' }, 'http://internal:3000');
      expect((await patchFrom(send, 'https://front.example.com')).status).toBe(200);
      expect((await patchFrom(send, 'https://app.example.com')).status).toBe(200);
      await expectRefused(send, 'http://internal:3000');
    });
  });
});

describe('the Origin behind a proxy (Express)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });

  const patch = (app: Express, origin: string) =>
    request(app)
      .patch(`${BASE}/me`)
      .set(t.users.alice.auth)
      .set(CSRF)
      .set('host', 'internal:3000')
      .set('x-forwarded-proto', 'https')
      .set('x-forwarded-host', 'app.example.com')
      .set('origin', origin)
      .set('if-match', '"1"')
      .send({ company: 'Through the proxy' });

  it('reads X-Forwarded-Proto and -Host only when trust proxy is set', async () => {
    const untrusting = t.instance({});
    expect((await patch(untrusting, 'https://app.example.com')).status).toBe(403);
    const trusting = t.instance({});
    trusting.set('trust proxy', true);
    expect((await patch(trusting, 'https://app.example.com')).status).toBe(200);
  });
});
