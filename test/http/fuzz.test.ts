import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWellFormed } from '../../src/core';
import { createTestApp, CSRF, listen, type TestApp } from '../support/test-app';

const FIELDS = [
  'name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale', 'notifications', 'custom', 'attributes', 'roles',
  'billing', 'apiKeys', 'email', 'verified', 'currentPassword', 'newPassword', 'token', 'version', '__proto__', 'constructor',
];
const CUSTOM = ['height', 'weight', 'fitnessGoal', 'interests', 'birthday', 'website', 'displayHandle', 'privateNote', 'nope'];

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', ' ', 'en-gb', 'https://x.example', 'a@b.co', '+1 555 0100', '1990-01-01', 'A'.repeat(43), '\u0000', '\u202e'),
  // Lone surrogate halves (JSON.stringify writes them as \ud800 escapes, which JSON.parse restores).
  fc.constantFrom('A\ud800b', '\udc00', 'x\ud83d', 'A'.repeat(42) + '\ud800'),
  fc.dictionary(fc.constantFrom(...CUSTOM), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.dictionary(fc.constantFrom('email', 'sms', 'fax'), fc.dictionary(fc.constantFrom('security', 'workouts', 'marketing'), fc.jsonValue({ maxDepth: 1 }))),
);

/** Bodies that are mostly plausible (to get past the parser) and sometimes not JSON at all. */
const body = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }).map((b) => JSON.stringify(b)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '{', '[]', 'null', '"x"', '{"a":1}{', '{"__proto__":{"x":1}}', '\uFEFF{}') },
);

/** Every string in `value`, object keys included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
  return [];
}

const ifMatch = fc.option(fc.oneof(fc.integer({ min: -1, max: 5 }).map((n) => `"${n}"`), fc.string({ maxLength: 12 })), { nil: undefined });

describe('fuzz: 1,000 generated bodies per mutating route, no 5xx', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    t = await createTestApp();
    server = await listen(t.app);
  });
  afterAll(() => server.close());

  const routes: [string, string, (t: TestApp) => string, 'alice' | 'admin'][] = [
    ['PATCH', '/me', () => '/me', 'alice'],
    ['POST', '/me/password', () => '/me/password', 'alice'],
    ['POST', '/me/email', () => '/me/email', 'alice'],
    ['DELETE', '/me/email/pending', () => '/me/email/pending', 'alice'],
    ['POST', '/email/verify', () => '/email/verify', 'alice'],
    ['PATCH', '/users/:id', (t) => `/users/${t.users.bob.id}`, 'admin'],
    ['POST', '/users/:id/email', (t) => `/users/${t.users.bob.id}/email`, 'admin'],
  ];

  for (const [method, name, path, as] of routes) {
    it(`${method} ${name}`, async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(body, ifMatch, async (payload, match) => {
          const headers: Record<string, string> = { ...CSRF, ...t.users[as].auth, 'content-type': 'application/json' };
          if (match !== undefined) headers['if-match'] = match;
          const response = await fetch(`${server.url}${path(t)}`, { method, headers, body: payload });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const text = await response.text();
          expect(response.status, text).toBeLessThan(500);
          if (response.status >= 400) expect(JSON.parse(text).error.code).toEqual(expect.any(String));
        }),
        { numRuns: 1000 },
      );
      // The run must have reached the service, not just bounced off the parser.
      expect([...statuses.keys()].some((s) => s === 422 || s === 403 || s === 412 || s === 428 || s < 300)).toBe(true);
      // Whatever got through, nothing stored is ill-formed text.
      for (const user of Object.values(t.users)) {
        expect(stringsIn(await t.store.getAccount(user.id)).filter((text) => !isWellFormed(text))).toEqual([]);
      }
    }, 120_000);
  }
});
