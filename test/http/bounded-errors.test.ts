import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/adapters';
import { isProfileError, type ProfilePatch } from '../../src/core';
import { BASE, createTestApp, CSRF, listen, snapshot, type TestApp } from '../support/test-app';

// Short keys: 5,000 of them fit in the 64 KiB body limit.
const keys = (n: number, prefix = 'k') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 0]));

describe('an error about many fields stays small', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  const patch = (body: object) => request(t.app).patch(`${BASE}/me`).set(t.users.alice.auth).set(CSRF).set('if-match', '"1"').send(body);

  it('names the first 20 of 5,000 unknown keys and says how many more', async () => {
    const before = await snapshot(t.store, [t.users.alice.id]);
    const response = await patch(keys(5000));
    expect(response.status).toBe(422);
    expect(response.text.length).toBeLessThan(4096);
    const { error } = response.body;
    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields)).toEqual(Object.keys(keys(20)));
    expect(error.moreFields).toBe(4980);
    expect(error.message).toMatch(/^Unknown fields: k0, k1, .*, k19 and 4,980 more$/);
    expect(await snapshot(t.store, [t.users.alice.id])).toEqual(before);
  });

  it('bounds unknown custom keys the same way', async () => {
    const response = await patch({ custom: keys(3000, 'x') });
    expect(response.status).toBe(422);
    expect(response.text.length).toBeLessThan(4096);
    expect(Object.keys(response.body.error.fields)).toHaveLength(20);
    expect(response.body.error.fields['custom.x0']).toBe('Unknown field');
    expect(response.body.error.moreFields).toBe(2980);
  });

  it('cuts a huge field name instead of echoing it', async () => {
    const response = await patch({ ['k'.repeat(60_000)]: 1 });
    expect(response.status).toBe(422);
    expect(response.text.length).toBeLessThan(1024);
    const [name] = Object.keys(response.body.error.fields);
    expect(name).toBe(`${'k'.repeat(100)}…`);
    expect(response.body.error.moreFields).toBeUndefined();
  });

  it('sends no moreFields when 20 or fewer fields are named', async () => {
    const response = await patch(keys(20));
    expect(Object.keys(response.body.error.fields)).toHaveLength(20);
    expect(response.body.error).not.toHaveProperty('moreFields');
    expect(response.body.error.message).not.toContain('more');
  });

  it('reaches an HTTP adapter as a ProfileError with the same fields and count', async () => {
    const server = await listen(t.app);
    try {
      const adapter = createHttpAdapter({ baseUrl: server.url, headers: t.users.alice.auth });
      const error = await adapter.updateProfile(keys(5000) as ProfilePatch, 1).catch((e: unknown) => e);
      expect(isProfileError(error)).toBe(true);
      if (!isProfileError(error)) return;
      expect(error.code).toBe('validation');
      expect(Object.keys(error.fields ?? {})).toHaveLength(20);
      expect(error.moreFields).toBe(4980);
    } finally {
      await server.close();
    }
  });
});
