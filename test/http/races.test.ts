import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileStore } from '../../src/service';
import { createMemoryStore, createSqliteStore } from '../../src/stores';
import { createTestPostgresStore, postgresAvailable } from '../support/postgres';
import { seederFor } from '../support/seed';
import { createTestApp, CSRF, listen, PASSWORDS, type TestApp } from '../support/test-app';

interface StoreCase {
  name: string;
  make(): Promise<{ store: ProfileStore; teardown(): Promise<void> }>;
}

const dir = mkdtempSync(join(tmpdir(), 'profilekit-races-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const cases: StoreCase[] = [
  { name: 'memory', make: async () => ({ store: createMemoryStore(), teardown: async () => {} }) },
  {
    name: 'SQLite (file, WAL)',
    make: async () => {
      const store = await createSqliteStore({ filename: join(dir, `races-${++files}.db`) });
      return { store, teardown: () => store.close() };
    },
  },
];
const withPostgres = await postgresAvailable();
if (withPostgres) cases.push({ name: 'PostgreSQL', make: createTestPostgresStore });

describe.each(cases)('races over real HTTP: $name', ({ make }) => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof listen>>;
  let teardown: () => Promise<void>;
  beforeAll(async () => {
    const made = await make();
    teardown = made.teardown;
    t = await createTestApp({ store: made.store });
    server = await listen(t.app);
  });
  afterAll(async () => {
    await server.close();
    await teardown();
  });
  afterEach(() => t.mailer.clear());

  const send = (method: string, path: string, auth: Record<string, string>, body: unknown, extra: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { ...CSRF, ...auth, 'content-type': 'application/json', ...extra },
      body: JSON.stringify(body),
    });

  it('50 concurrent PATCHes with one If-Match: exactly one 200, 49 412s, the winner stored, one audit row', async () => {
    const alice = t.users.alice;
    const { version } = (await t.store.getAccount(alice.id))!;
    const auditsBefore = (await t.store.listAudit(alice.id, { limit: 100 })).items.length;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => send('PATCH', '/me', alice.auth, { company: `Company ${i}` }, { 'if-match': `"${version}"` })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    const winner = await responses.find((r) => r.status === 200)!.json();
    const stored = (await t.store.getAccount(alice.id))!;
    expect(stored.version).toBe(version + 1);
    expect(stored.data.company).toBe(winner.company);
    expect((await t.store.listAudit(alice.id, { limit: 100 })).items.length).toBe(auditsBefore + 1);
  });

  it('20 concurrent admin claims of one address for 20 accounts: exactly one wins', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push((await t.service.createAccount(seederFor(t.config), { email: `claim-${i}@example.com` })).id);
    }
    const responses = await Promise.all(
      ids.map((id) => send('POST', `/users/${id}/email`, t.users.admin.auth, { email: 'prize@example.com', verified: true })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const holder = await t.store.findAccountIdByEmail('prize@example.com');
    expect(ids).toContain(holder);
  });

  it('20 concurrent confirmations of one address by 20 accounts: exactly one wins', async () => {
    const people: { id: string; auth: Record<string, string> }[] = [];
    for (let i = 0; i < 20; i++) {
      const { id } = await t.service.createAccount(seederFor(t.config), {
        email: `confirm-${i}@example.com`,
        password: PASSWORDS.fresh,
      });
      await t.service.requestEmailChange({ userId: id, roles: [] }, { email: 'jackpot@example.com', currentPassword: PASSWORDS.fresh });
      people.push({ id, auth: {} });
    }
    const tokens = t.mailer
      .messages()
      .filter((m) => m.kind === 'email-verification' && m.to === 'jackpot@example.com')
      .map((m) => new URL(m.link!).searchParams.get('token')!);
    expect(tokens).toHaveLength(20);
    const responses = await Promise.all(tokens.map((token) => send('POST', '/email/verify', {}, { token })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
  });

  it('concurrent confirmations of one token: exactly one consumes it', async () => {
    const { id } = await t.service.createAccount(seederFor(t.config), { email: 'once@example.com', password: PASSWORDS.fresh });
    await t.service.requestEmailChange({ userId: id, roles: [] }, { email: 'once-new@example.com', currentPassword: PASSWORDS.fresh });
    const token = new URL(t.mailer.messages().find((m) => m.to === 'once-new@example.com')!.link!).searchParams.get('token');
    const responses = await Promise.all(Array.from({ length: 10 }, () => send('POST', '/email/verify', {}, { token })));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 422)).toHaveLength(9);
    expect((await t.store.listAudit(id, { limit: 10 })).items.filter((e) => e.action === 'email.confirm')).toHaveLength(1);
  });
});
