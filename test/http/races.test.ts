import { afterEach, describe, expect, it } from 'vitest';
import { seederFor } from '../support/seed';
import { raceStores, useRaceApp } from '../support/race-stores';
import { CSRF, PASSWORDS } from '../support/test-app';

const cases = await raceStores('races');

describe.each(cases)('races over real HTTP: $name', ({ make }) => {
  const live = useRaceApp(make);
  afterEach(() => live.t.mailer.clear());

  const send = (method: string, path: string, auth: Record<string, string>, body: unknown, extra: Record<string, string> = {}) =>
    fetch(`${live.url}${path}`, {
      method,
      headers: { ...CSRF, ...auth, 'content-type': 'application/json', ...extra },
      body: JSON.stringify(body),
    });

  it('50 concurrent PATCHes with one If-Match: exactly one 200, 49 412s, the winner stored, one audit row', async () => {
    const alice = live.t.users.alice;
    const { version } = (await live.t.store.getAccount(alice.id))!;
    const auditsBefore = (await live.t.store.listAudit(alice.id, { limit: 100 })).items.length;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => send('PATCH', '/me', alice.auth, { company: `Company ${i}` }, { 'if-match': `"${version}"` })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    const winner = await responses.find((r) => r.status === 200)!.json();
    const stored = (await live.t.store.getAccount(alice.id))!;
    expect(stored.version).toBe(version + 1);
    expect(stored.data.company).toBe(winner.company);
    expect((await live.t.store.listAudit(alice.id, { limit: 100 })).items.length).toBe(auditsBefore + 1);
  });

  it('20 concurrent admin claims of one address for 20 accounts: exactly one wins', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push((await live.t.service.createAccount(seederFor(live.t.config), { email: `claim-${i}@example.com` })).id);
    }
    const responses = await Promise.all(
      ids.map((id) => send('POST', `/users/${id}/email`, live.t.users.admin.auth, { email: 'prize@example.com', verified: true })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const holder = await live.t.store.findAccountIdByEmail('prize@example.com');
    expect(ids).toContain(holder);
  });

  it('20 concurrent confirmations of one address by 20 accounts: exactly one wins', async () => {
    const people: { id: string; auth: Record<string, string> }[] = [];
    for (let i = 0; i < 20; i++) {
      const { id } = await live.t.service.createAccount(seederFor(live.t.config), {
        email: `confirm-${i}@example.com`,
        password: PASSWORDS.fresh,
      });
      await live.t.service.requestEmailChange({ userId: id, roles: [] }, { email: 'jackpot@example.com', currentPassword: PASSWORDS.fresh });
      people.push({ id, auth: {} });
    }
    const tokens = live.t.mailer
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
    const { id } = await live.t.service.createAccount(seederFor(live.t.config), { email: 'once@example.com', password: PASSWORDS.fresh });
    await live.t.service.requestEmailChange({ userId: id, roles: [] }, { email: 'once-new@example.com', currentPassword: PASSWORDS.fresh });
    const token = new URL(live.t.mailer.messages().find((m) => m.to === 'once-new@example.com')!.link!).searchParams.get('token');
    const responses = await Promise.all(Array.from({ length: 10 }, () => send('POST', '/email/verify', {}, { token })));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 422)).toHaveLength(9);
    expect((await live.t.store.listAudit(id, { limit: 10 })).items.filter((e) => e.action === 'email.confirm')).toHaveLength(1);
  });
});
