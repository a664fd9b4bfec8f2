import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/testing';
import { SELF_FORBIDDEN_FIELDS } from '../../src/testing/adapter-conformance/update-tests';
import { BASE, createTestApp, CSRF, PASSWORDS, snapshot, type TestApp } from '../support/test-app';

// Every field self may never write, as the conformance suite tries them, plus the password hash.
const ATTEMPTS: Record<string, unknown> = {
  ...SELF_FORBIDDEN_FIELDS,
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
};

/** Keys no response to a non-admin may contain, at any depth. */
const ADMIN_ONLY_OR_SECRET = new Set(['billing', 'apiKeys', 'passwordHash', 'hash', 'tokenHash', 'token']);

function keysDeep(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysDeep(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [...(ADMIN_ONLY_OR_SECRET.has(k) ? [`${path}.${k}`] : []), ...keysDeep(v, `${path}.${k}`)]);
  }
  return [];
}

describe('mass assignment', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });

  for (const [field, value] of Object.entries(ATTEMPTS)) {
    it(`PATCH /me with ${field} -> 403 naming it, database unchanged`, async () => {
      const before = await snapshot(t.store, [t.users.alice.id]);
      const response = await request(t.app)
        .patch(`${BASE}/me`)
        .set(t.users.alice.auth)
        .set(CSRF)
        .set('if-match', `"${before[0]!.account!.version}"`)
        .send({ company: 'Innocent change', [field]: value });
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({ code: 'forbidden_field', fields: { [field]: expect.any(String) } });
      expect(Object.keys(response.body.error.fields)).toEqual([field]);
      expect(await snapshot(t.store, [t.users.alice.id])).toEqual(before);
    });
  }

  it('no response to a non-admin holds billing, apiKeys, a hash or a token, at any depth', async () => {
    const alice = t.users.alice;
    const agent = () => request(t.app);
    const responses = [
      await agent().get(`${BASE}/config`).set(alice.auth),
      await agent().get(`${BASE}/me`).set(alice.auth),
      await agent().patch(`${BASE}/me`).set(alice.auth).set(CSRF).set('if-match', '"1"').send({ company: 'Acme' }),
      await agent().post(`${BASE}/me/email`).set(alice.auth).set(CSRF).send({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice }),
      await agent().delete(`${BASE}/me/email/pending`).set(alice.auth).set(CSRF),
      await agent().post(`${BASE}/me/password`).set(alice.auth).set(CSRF).send({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh }),
      await agent().get(`${BASE}/users/${alice.id}`).set(alice.auth),
      await agent().get(`${BASE}/users`).set(alice.auth),
      await agent().get(`${BASE}/users/${t.users.bob.id}`).set(alice.auth),
      await agent().get(`${BASE}/users/${alice.id}/audit`).set(alice.auth),
    ];
    for (const response of responses) {
      expect(response.status).toBeLessThan(500);
      expect(keysDeep(response.body)).toEqual([]);
      expect(findSecrets(response.body, Object.values(PASSWORDS))).toEqual([]);
    }
  });
});
