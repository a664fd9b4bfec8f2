import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { isProfileError, isWellFormed } from '../../src/core';
import { BASE, createTestApp, CSRF, listen, PASSWORDS, snapshot, type TestApp } from '../support/test-app';

// JSON text, not objects: `JSON.stringify` would escape the same way, but here the bytes on the
// wire are exactly what an attacker types. Each `\\ud800`-style escape is a lone surrogate once parsed.
const LONE = ['\\ud800', '\\udfff', 'A\\ud800b', 'A\\udc00', '\\udc00\\ud800', '\\ud83d\\ude00\\ude00'];

describe('well-formed text', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });

  const everyone = () => [t.users.alice.id, t.users.bob.id, t.users.admin.id];

  /** Sends `json` (raw text) and expects a 422 naming `field`, with nothing stored or mailed. */
  async function expectNamed(call: request.Test, json: string, field: string) {
    const before = await snapshot(t.store, everyone());
    const response = await call.set(CSRF).set('content-type', 'application/json').send(json);
    expect(response.status, `${json} ${response.text}`).toBe(422);
    expect(response.body.error.code).toBe('validation');
    expect(response.body.error.fields).toHaveProperty([field]);
    expect(await snapshot(t.store, everyone())).toEqual(before);
    expect(t.mailer.messages()).toEqual([]);
  }

  const patchMe = () => request(t.app).patch(`${BASE}/me`).set(t.users.alice.auth).set('if-match', '"1"');
  const patchBob = () => request(t.app).patch(`${BASE}/users/${t.users.bob.id}`).set(t.users.admin.auth).set('if-match', '"1"');

  describe.each(LONE)('a string holding %s', (bad) => {
    it.each([
      ['givenName', `{"givenName":"${bad}"}`],
      ['familyName', `{"familyName":"${bad}"}`],
      ['name', `{"name":"Ann ${bad}"}`],
      ['company', `{"company":"${bad}"}`],
      ['picture', `{"picture":"https://img.example/${bad}.png"}`],
      ['custom.industry', `{"custom":{"industry":"${bad}"}}`],
      ['custom.bio', `{"custom":{"bio":"line\\n${bad}"}}`],
      ['custom.website', `{"custom":{"website":"https://a.example/${bad}"}}`],
      ['custom.backupEmail', `{"custom":{"backupEmail":"a${bad}@example.com"}}`],
      ['custom.displayHandle', `{"custom":{"displayHandle":"handle${bad}"}}`],
      ['attributes.team', `{"attributes":{"team":"${bad}"}}`],
    ])('is refused in %s', async (field, json) => {
      await expectNamed(patchMe(), json, field);
    });

    it('is refused as an attribute name', async () => {
      const response = await patchMe().set(CSRF).set('content-type', 'application/json').send(`{"attributes":{"k${bad}":"v"}}`);
      expect(response.status).toBe(422);
      expect(Object.keys(response.body.error.fields)).toEqual([expect.stringMatching(/^attributes\.k/)]);
      expect((await t.store.getAccount(t.users.alice.id))!.data.attributes ?? {}).toEqual({});
    });

    it.each([
      ['billing.plan', `{"billing":{"plan":"${bad}"}}`],
      ['apiKeys.0.label', `{"apiKeys":[{"id":"k1","label":"${bad}"}]}`],
      ['custom.internalNote', `{"custom":{"internalNote":"${bad}"}}`],
    ])('is refused in %s (admin)', async (field, json) => {
      await expectNamed(patchBob(), json, field);
    });

    it('is refused in the password and email flows and the verification token', async () => {
      const alice = t.users.alice;
      const password = () => request(t.app).post(`${BASE}/me/password`).set(alice.auth);
      await expectNamed(password(), `{"currentPassword":"${PASSWORDS.alice}${bad}","newPassword":"${PASSWORDS.fresh}"}`, 'currentPassword');
      await expectNamed(password(), `{"currentPassword":"${PASSWORDS.alice}","newPassword":"${PASSWORDS.fresh}${bad}"}`, 'newPassword');
      const email = () => request(t.app).post(`${BASE}/me/email`).set(alice.auth);
      await expectNamed(email(), `{"email":"alice${bad}@example.com","currentPassword":"${PASSWORDS.alice}"}`, 'email');
      await expectNamed(email(), `{"email":"alice.new@example.com","currentPassword":"${PASSWORDS.alice}${bad}"}`, 'currentPassword');
      const adminEmail = request(t.app).post(`${BASE}/users/${t.users.bob.id}/email`).set(t.users.admin.auth);
      await expectNamed(adminEmail, `{"email":"bob${bad}@example.com","verified":true}`, 'email');
      await expectNamed(request(t.app).post(`${BASE}/email/verify`), `{"token":"${'A'.repeat(42)}${bad}"}`, 'token');
    });
  });

  it('accepts well-formed text outside the BMP (a surrogate pair)', async () => {
    const response = await patchMe().set(CSRF).set('content-type', 'application/json').send('{"givenName":"Ann \\ud83d\\ude00","custom":{"bio":"𝄞 music"}}');
    expect(response.status, response.text).toBe(200);
    expect(response.body.givenName).toBe('Ann 😀');
    expect(response.body.custom.bio).toBe('𝄞 music');
  });

  it('refuses the same through the service (the rule is the core schemas, not the HTTP layer)', async () => {
    const alice = { userId: t.users.alice.id, roles: [] };
    const error = await t.service.updateProfile(alice, alice.userId, { givenName: 'A\ud800b' }, 1).catch((e: unknown) => e);
    expect(isProfileError(error) && error.fields).toEqual({ givenName: 'Contains characters that are not allowed' });
  });

  it.each([
    ['a UTF-8-encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80]],
    ['a stray continuation byte', [0x80]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['an invalid byte', [0xff]],
    ['an overlong encoding', [0xc0, 0xaf]],
  ])('answers a body with %s as malformed, storing nothing', async (_, bytes) => {
    const before = await snapshot(t.store, everyone());
    const body = Buffer.concat([Buffer.from('{"givenName":"A'), Buffer.from(bytes), Buffer.from('b"}')]);
    const server = await listen(t.app);
    try {
      const response = await fetch(`${server.url}/me`, {
        method: 'PATCH',
        headers: { ...CSRF, ...t.users.alice.auth, 'if-match': '"1"', 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('malformed_json');
    } finally {
      await server.close();
    }
    expect(await snapshot(t.store, everyone())).toEqual(before);
  });

  it('never serves back what it refused', async () => {
    await patchMe().set(CSRF).set('content-type', 'application/json').send('{"givenName":"A\\ud800b"}');
    const profile = await request(t.app).get(`${BASE}/me`).set(t.users.alice.auth);
    expect(JSON.stringify(profile.body)).not.toMatch(/\\ud[89a-f]/i);
    expect(isWellFormed(profile.text)).toBe(true);
  });
});
