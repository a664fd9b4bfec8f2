import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, createTestApp, CSRF, snapshot, type TestApp } from '../support/test-app';

describe('bad input gets a clear 4xx, never a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ router: { allowedOrigins: ['https://app.example'] } });
  });
  const patch = () =>
    request(t.app).patch(`${BASE}/me`).set(t.users.alice.auth).set(CSRF).set('if-match', '"1"');

  it('malformed JSON -> 400 malformed_json', async () => {
    const response = await patch().set('content-type', 'application/json').send('{"company": ');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('malformed_json');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('a body over 64 KB -> 413, by header or by stream', async () => {
    const big = JSON.stringify({ company: 'x'.repeat(70_000) });
    const response = await patch().set('content-type', 'application/json').send(big);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx'])(
    'Content-Type %s -> 415',
    async (type) => {
      const response = await patch().set('content-type', type).send('company=x');
      expect(response.status).toBe(415);
      expect(response.body.error.code).toBe('unsupported_media_type');
    },
  );

  it.each([
    '{"__proto__": {"roles": ["admin"]}}',
    '{"custom": {"constructor": {"prototype": {"x": 1}}}}',
    '{"notifications": {"email": {"prototype": true}}}',
    '[{"__proto__": 1}]',
  ])('%s -> 400', async (body) => {
    const response = await patch().set('content-type', 'application/json').send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('malformed_json');
    expect(({} as Record<string, unknown>).roles).toBeUndefined();
  });

  it('unknown fields -> 422 naming them; forbidden -> 403 naming them', async () => {
    const unknown = await patch().send({ nickname: 'Al', custom: { shoeSize: 38 } });
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.error.fields).sort()).toEqual(['custom.shoeSize', 'nickname']);
    const forbidden = await patch().send({ roles: ['admin'] });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.fields).toHaveProperty('roles');
  });

  it('PATCH without If-Match -> 428; a stale or malformed one -> 412; the ETag is the version, strong', async () => {
    const me = await request(t.app).get(`${BASE}/me`).set(t.users.bob.auth);
    expect(me.headers.etag).toBe(`"${me.body.version}"`);
    const base = () => request(t.app).patch(`${BASE}/me`).set(t.users.bob.auth).set(CSRF);
    expect((await base().send({ company: 'x' })).body.error.code).toBe('precondition_required');
    expect((await base().send({ company: 'x' })).status).toBe(428);
    expect((await base().set('if-match', '*').send({ company: 'x' })).status).toBe(428);
    expect((await base().set('if-match', `"${me.body.version + 5}"`).send({ company: 'x' })).status).toBe(412);
    expect((await base().set('if-match', `W/"${me.body.version}"`).send({ company: 'x' })).status).toBe(412);
    const ok = await base().set('if-match', String(me.headers.etag)).send({ company: 'x' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe(`"${me.body.version + 1}"`);
  });

  it('an unknown route -> 404 JSON; a wrong method -> 405 with Allow', async () => {
    const missing = await request(t.app).get(`${BASE}/nope`).set(t.users.alice.auth);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const wrong = await request(t.app).put(`${BASE}/me`).set(t.users.alice.auth).set(CSRF).send({});
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET, PATCH');
  });

  it('odd ids and query values are 4xx', async () => {
    const admin = t.users.admin.auth;
    expect((await request(t.app).get(`${BASE}/users/%E0%A4%A`).set(admin)).status).toBe(404);
    expect((await request(t.app).get(`${BASE}/users/${'x'.repeat(500)}`).set(admin)).status).toBe(404);
    expect((await request(t.app).get(`${BASE}/users?limit=ten`).set(admin)).status).toBe(422);
    expect((await request(t.app).get(`${BASE}/users?cursor=%%%`).set(admin)).status).toBe(422);
    expect((await request(t.app).get(`${BASE}/users?query=${'q'.repeat(500)}`).set(admin)).status).toBe(422);
  });
});

describe('CSRF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ router: { allowedOrigins: ['https://app.example'] } });
  });
  const write = () => request(t.app).patch(`${BASE}/me`).set(t.users.alice.auth).set('if-match', '"1"');

  it('refuses a write without the profilekit header', async () => {
    const before = await snapshot(t.store, [t.users.alice.id]);
    const response = await write().send({ company: 'x' });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(await snapshot(t.store, [t.users.alice.id])).toEqual(before);
  });

  it('refuses a cross-site write and a foreign Origin', async () => {
    expect((await write().set(CSRF).set('sec-fetch-site', 'cross-site').send({ company: 'x' })).status).toBe(403);
    expect((await write().set(CSRF).set('sec-fetch-site', 'same-site').send({ company: 'x' })).status).toBe(403);
    expect((await write().set(CSRF).set('origin', 'https://evil.example').send({ company: 'x' })).status).toBe(403);
  });

  it('accepts a same-origin write from an allowed origin', async () => {
    const response = await write().set(CSRF).set('sec-fetch-site', 'same-origin').set('origin', 'https://app.example').send({ company: 'ok' });
    expect(response.status).toBe(200);
  });

  it('changes nothing on GET or HEAD', async () => {
    const before = await snapshot(t.store, [t.users.alice.id]);
    for (const path of ['/me', '/config', '/email/verify?token=abc', `/users/${t.users.alice.id}`]) {
      await request(t.app).get(`${BASE}${path}`).set(t.users.alice.auth);
      await request(t.app).head(`${BASE}${path}`).set(t.users.alice.auth);
    }
    expect(await snapshot(t.store, [t.users.alice.id])).toEqual(before);
  });
});

describe('failures outside the service', () => {
  it('a throwing authenticate gets a JSON 500 without details, reported to onError', async () => {
    const errors: unknown[] = [];
    const t = await createTestApp({
      router: {
        authenticate: () => {
          throw new Error('session store down at /srv/app/session.ts:42');
        },
        onError: (error) => errors.push(error),
      },
    });
    const response = await request(t.app).get(`${BASE}/me`);
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(response.body)).not.toContain('session.ts');
    expect(errors).toHaveLength(1);
  });
});

describe('CORS for allowed origins', () => {
  it('answers the preflight and marks responses for a listed origin only', async () => {
    const t = await createTestApp({ router: { allowedOrigins: ['https://app.example'] } });
    const preflight = await request(t.app)
      .options(`${BASE}/me`)
      .set('origin', 'https://app.example')
      .set('access-control-request-method', 'PATCH');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    expect(preflight.headers['access-control-allow-headers']).toContain('X-ProfileKit');

    const cross = await request(t.app)
      .patch(`${BASE}/me`)
      .set(t.users.alice.auth)
      .set(CSRF)
      .set('origin', 'https://app.example')
      .set('sec-fetch-site', 'cross-site')
      .set('if-match', '"1"')
      .send({ company: 'From the app' });
    expect(cross.status).toBe(200);
    expect(cross.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(cross.headers['access-control-expose-headers']).toContain('ETag');

    const foreign = await request(t.app).options(`${BASE}/me`).set('origin', 'https://evil.example');
    expect(foreign.status).toBe(405);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const noConfig = await request((await createTestApp()).app).get(`${BASE}/me`).set('origin', 'https://app.example');
    expect(noConfig.headers['access-control-allow-origin']).toBeUndefined();
  });
});
