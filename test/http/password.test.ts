import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { LONG_STRONG_PASSWORD } from '../support/password-samples';
import { BASE, createTestApp, CSRF, PASSWORDS, type TestApp } from '../support/test-app';

describe('POST /me/password', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  const change = (currentPassword: string, newPassword: string) =>
    request(t.app).post(`${BASE}/me/password`).set(t.users.alice.auth).set(CSRF).send({ currentPassword, newPassword });

  it('wrong current -> 403 and the old password still works', async () => {
    const wrong = await change('Not-My-Password-1', PASSWORDS.fresh);
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('invalid_current_password');
    expect((await change(PASSWORDS.alice, PASSWORDS.fresh)).status).toBe(204);
  });

  it('the 6th wrong try in 15 minutes -> 429 with Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await change(`Wrong-Guess-${i}-zz`, PASSWORDS.fresh)).status).toBe(403);
    const limited = await change(PASSWORDS.alice, PASSWORDS.fresh);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(900);
    t.clock.advance(15 * 60_000 + 1000);
    expect((await change(PASSWORDS.alice, PASSWORDS.fresh)).status).toBe(204);
  });

  const emoji = (n: number) => ['🦊', '🐙', '🦉', '🐝', '🦋', '🐢', '🦔', '🐳', '🦜', '🐸', '🦒', '🦩', '🐧'].slice(0, n).join('');
  it.each([
    ['11 code points', 'zxcvbnmasdq', 422],
    ['12 code points', 'kkkkkkZq7$-w', 204],
    ['128 code points', LONG_STRONG_PASSWORD, 204],
    ['129 code points', LONG_STRONG_PASSWORD + 'x', 422],
    ['11 emoji (11 code points)', emoji(11), 422],
    ['12 emoji (12 code points)', emoji(12), 204],
    ['full-width NFKC form of a common password', 'ｑｗｅｒｔｙ１２３４５６', 422],
    ['a ligature that NFKC expands to 12 characters', 'ﬁxQ7$mK2p9z', 204],
    ['a blocklisted password', '1qaz2wsx3edc', 422],
    ['one containing the email local part', 'xx-alice-xx-9876', 422],
    ['one containing a name', 'liddell-rocks-2024', 422],
  ])('%s -> %i', async (_, password, status) => {
    const response = await change(PASSWORDS.alice, password);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    if (status === 422) expect(Object.keys(response.body.error.fields)).toEqual(['newPassword']);
  });

  it('the NFKC form is what is stored: the compatibility form signs in as the plain one', async () => {
    expect((await change(PASSWORDS.alice, 'ﬁxQ7$mK2p9z')).status).toBe(204);
    expect((await change('fixQ7$mK2p9z', PASSWORDS.fresh)).status).toBe(204);
  });
});
