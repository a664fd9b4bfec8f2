import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PASSWORD_PROBLEM_MESSAGES } from '../../src/core';
import { createRangeBreachChecker } from '../../src/service';
import { exampleConfig } from '../../src/testing';
import { startFakeRangeServer, type FakeRangeServer } from '../support/fake-range-server';
import { SAMPLE_APP_WORDS, STRONG_PASSWORDS, WEAK_PASSWORDS } from '../support/password-samples';
import { BASE, createTestApp, CSRF, PASSWORDS, type TestApp } from '../support/test-app';

// The whole policy through the real route: every weak sample refused with its problem's
// message on the field, every strong one accepted, and the breached-password option.
const config = { ...exampleConfig, password: { ...exampleConfig.password, appWords: SAMPLE_APP_WORDS } };

const changeAs = (t: TestApp) => (currentPassword: string, newPassword: string) =>
  request(t.app).post(`${BASE}/me/password`).set(t.users.alice.auth).set(CSRF).send({ currentPassword, newPassword });

describe('POST /me/password against the password policy', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ config });
  });

  it.each(WEAK_PASSWORDS)('refuses %j (%s) with its reason on newPassword', async (password, problem) => {
    const response = await changeAs(t)(PASSWORDS.alice, password);
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'validation', message: PASSWORD_PROBLEM_MESSAGES[problem], fields: { newPassword: PASSWORD_PROBLEM_MESSAGES[problem] } });
  });

  it('accepts every strong sample, one after the other', async () => {
    let current: string = PASSWORDS.fresh;
    expect((await changeAs(t)(PASSWORDS.alice, current)).status).toBe(204);
    for (const password of STRONG_PASSWORDS) {
      const response = await changeAs(t)(current, password);
      expect(response.status, `${password}: ${JSON.stringify(response.body)}`).toBe(204);
      current = password;
    }
  });

  it('GET /config serves the policy, so the meter uses the same numbers', async () => {
    const response = await request(t.app).get(`${BASE}/config`).set(t.users.alice.auth);
    expect(response.body.password).toEqual({ minLength: 12, maxLength: 128, minScore: 3, appWords: ['profilekit'] });
  });
});

describe('POST /me/password with a breached-password check (a fake range server on loopback)', () => {
  let range: FakeRangeServer;
  beforeEach(async () => {
    range = await startFakeRangeServer({ breached: ['Velvet-Orbit-Canyon-92'] });
  });
  afterEach(() => range.close());

  const app = (onFailure?: 'allow' | 'refuse', timeoutMs = 500) => {
    const onBackgroundError = vi.fn();
    const check = createRangeBreachChecker({ url: `${range.url}/range`, timeoutMs });
    return createTestApp({ config, service: { breachedPasswords: { check, onFailure }, onBackgroundError } }).then((t) => ({ t, onBackgroundError }));
  };

  it('refuses a breached password with its own reason; another one goes through', async () => {
    const { t } = await app();
    const breached = await changeAs(t)(PASSWORDS.alice, 'Velvet-Orbit-Canyon-92');
    expect(breached.status).toBe(422);
    expect(breached.body.error.fields).toEqual({ newPassword: PASSWORD_PROBLEM_MESSAGES.breached });
    expect((await changeAs(t)(PASSWORDS.alice, PASSWORDS.fresh)).status).toBe(204);
    expect(range.requests.every((r) => /^\/range\/[0-9A-F]{5}$/.test(r.path) && r.padding === 'true')).toBe(true);
  });

  it('a policy refusal or a wrong current password never asks the range server', async () => {
    const { t } = await app();
    const asked = range.requests.length; // the seed accounts
    expect((await changeAs(t)(PASSWORDS.alice, 'Password123!')).status).toBe(422);
    expect((await changeAs(t)('Not-My-Password-1', PASSWORDS.fresh)).status).toBe(403);
    expect(range.requests.length).toBe(asked);
  });

  it('fail-open (default): the server failing, the change goes through and the failure is reported', async () => {
    const { t, onBackgroundError } = await app();
    range.fail(500);
    expect((await changeAs(t)(PASSWORDS.alice, PASSWORDS.fresh)).status).toBe(204);
    expect(onBackgroundError).toHaveBeenCalledWith(expect.any(Error), 'breached-password check');
  });

  it('fail-closed: a timeout answers 503 unavailable and the old password still works', async () => {
    const { t, onBackgroundError } = await app('refuse', 200);
    range.hang();
    const response = await changeAs(t)(PASSWORDS.alice, PASSWORDS.fresh);
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('unavailable');
    expect(onBackgroundError).not.toHaveBeenCalled();
    range.recover();
    expect((await changeAs(t)(PASSWORDS.alice, PASSWORDS.fresh)).status).toBe(204);
  });
});
