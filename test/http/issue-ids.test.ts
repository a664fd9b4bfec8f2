import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { BASE, createTestApp, CSRF, PASSWORDS, type TestApp } from '../support/test-app';

// A 422 keeps its English `message` and `fields` and adds each field's problem by id.
describe('error issues on the wire', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });

  it('a 422 carries `issues` ids per field next to `fields`', async () => {
    const response = await request(t.app)
      .patch(`${BASE}/me`)
      .set(t.users.alice.auth)
      .set(CSRF)
      .set('if-match', '"1"')
      .send({ custom: { height: 300, displayHandle: 'ab' }, picture: 'http://example.com/a.png' });
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual({
      code: 'validation',
      message: 'Some fields are not valid',
      fields: { 'custom.height': 'At most 250', 'custom.displayHandle': 'At least 3 characters', picture: 'Use an https:// address' },
      issues: {
        'custom.height': { code: 'atMost', params: { n: 250 } },
        'custom.displayHandle': { code: 'atLeastChars', params: { n: 3 } },
        picture: { code: 'httpsUrl' },
      },
    });
  });

  it('issues are bounded like fields', async () => {
    const custom = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`unknown${i}`, 1]));
    const response = await request(t.app).patch(`${BASE}/me`).set(t.users.alice.auth).set(CSRF).set('if-match', '"1"').send({ custom });
    expect(response.status).toBe(422);
    const { fields, issues, moreFields } = response.body.error;
    expect(Object.keys(issues)).toEqual(Object.keys(fields));
    expect(Object.keys(issues)).toHaveLength(20);
    expect(moreFields).toBe(30);
    expect(issues['custom.unknown0']).toEqual({ code: 'unknownField' });
  });

  it('POST /me/password: the refusal carries its policy problem id', async () => {
    const response = await request(t.app)
      .post(`${BASE}/me/password`)
      .set(t.users.alice.auth)
      .set(CSRF)
      .send({ currentPassword: PASSWORDS.alice, newPassword: 'aaaaaaaaaaaaaaaa' });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual({ newPassword: 'Repeated characters or words are easy to guess; choose another' });
    expect(response.body.error.issues).toEqual({ newPassword: { code: 'password', params: { problem: 'repeated' } } });
  });
});
