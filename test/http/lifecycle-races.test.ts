import { describe, expect, it } from 'vitest';
import { ERASED } from '../../src/service';
import { raceStores, useRaceApp } from '../support/race-stores';
import { CSRF, PASSWORDS, type TestUser } from '../support/test-app';

// The lifecycle's races, over real HTTP (separate requests at once; on PostgreSQL, separate
// connections): one side wins cleanly, and nothing is left half-done.
const cases = await raceStores('lifecycle-races');

const DAY = 24 * 3_600_000;
const ROUNDS = 6;

describe.each(cases)('lifecycle races over real HTTP: $name', ({ make }) => {
  const live = useRaceApp(make);
  let people = 0;

  const send = (method: string, path: string, auth: Record<string, string>, body?: unknown, extra: Record<string, string> = {}) =>
    fetch(`${live.url}${path}`, {
      method,
      headers: { ...CSRF, ...auth, 'content-type': 'application/json', ...extra },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const admin = () => live.t.users.admin;
  const adminViewer = () => ({ userId: admin().id, roles: ['admin'] });
  const person = async (): Promise<TestUser & { email: string; name: string }> => {
    const [email, name] = [`person-${++people}@example.com`, `Person Number${people}`];
    return { ...(await live.t.addUser(email, PASSWORDS.fresh, name)), email, name };
  };
  const trail = async (id: string) => (await live.t.store.listAudit(id, { limit: 100 })).items;

  it('a deletion scheduled while a profile save is in flight (one If-Match): exactly one wins, one audit entry', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const user = await person();
      const { version } = (await live.t.store.getAccount(user.id))!;
      const before = (await trail(user.id)).length;
      const ifMatch = { 'if-match': `"${version}"` };
      const [save, deletion] = await Promise.all([
        send('PATCH', '/me', user.auth, { company: 'Saved' }, ifMatch),
        send('POST', '/me/deletion', user.auth, { currentPassword: PASSWORDS.fresh }, ifMatch),
      ]);
      expect([save.status, deletion.status].sort()).toEqual(save.status === 200 ? [200, 412] : [202, 412]);
      const stored = (await live.t.store.getAccount(user.id))!;
      expect(stored.version).toBe(version + 1);
      expect(stored.data.company).toBe(save.status === 200 ? 'Saved' : null);
      expect(Boolean(stored.main.deletion)).toBe(deletion.status === 202);
      expect((await trail(user.id)).length).toBe(before + 1);
    }
  });

  it('a purge while admins edit and cancel: each account is erased whole, or kept whole', async () => {
    const users = await Promise.all(Array.from({ length: ROUNDS * 2 }, () => person()));
    for (const user of users) await live.t.service.deleteAccount(adminViewer(), user.id, { mode: 'scheduled' });
    live.t.clock.advance(14 * DAY + 1000);
    // Half get an edit (which leaves the erasure scheduled), half a cancellation, all during the purge.
    const requests = users.map((user, i) =>
      i % 2 === 0 ? send('PATCH', `/users/${user.id}`, admin().auth, { company: 'Edited' }, { 'if-match': '"2"' }) : send('DELETE', `/users/${user.id}/deletion`, admin().auth),
    );
    const [purge, ...responses] = await Promise.all([live.t.service.purgeDueAccounts(), ...requests]);
    for (const [i, user] of users.entries()) {
      const stored = await live.t.store.getAccount(user.id);
      const entries = await trail(user.id);
      const status = responses[i]!.status;
      if (purge.erased.includes(user.id)) {
        expect(stored).toBeNull();
        expect(status === 404 || (i % 2 === 0 && status === 200)).toBe(true);
        expect(entries[0]).toMatchObject({ action: 'account.erased', actorId: 'system' });
        expect(entries.flatMap((e) => e.changes).filter((c) => !c.redacted && (c.before !== ERASED || c.after !== ERASED))).toEqual([]);
        for (const gone of [user.email, user.name, 'Number']) expect(JSON.stringify(entries)).not.toContain(gone);
        expect(await live.t.store.findAccountIdByEmail(user.email)).toBeNull();
      } else {
        // Only a cancellation can keep an account from a purge that found it due.
        expect(i % 2).toBe(1);
        expect(status).toBe(200);
        expect(stored?.main.deletion).toBeNull();
        expect(entries.map((e) => e.action)).not.toContain('account.erased');
      }
    }
    expect((await live.t.service.purgeDueAccounts()).erased).toEqual([]);
  });

  it('two admins suspending at once: one 200, the other 409 (or 412 on one If-Match); one audit entry', async () => {
    const second = await live.t.addUser(`admin-${++people}@example.com`, PASSWORDS.fresh, 'Second Admin', ['admin']);
    for (let round = 0; round < ROUNDS; round++) {
      const user = await person();
      const ifMatch: Record<string, string> = round % 2 === 0 ? {} : { 'if-match': '"1"' };
      const responses = await Promise.all(
        [admin(), second].map((who, i) => send('POST', `/users/${user.id}/suspension`, who.auth, { reason: `Reason ${i}` }, ifMatch)),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual(round % 2 === 0 ? [200, 409] : [200, 412]);
      const winner = await responses.find((r) => r.status === 200)!.json();
      expect((await live.t.store.getAccount(user.id))!.main.suspension?.reason).toBe(winner.suspension.reason);
      expect((await trail(user.id)).filter((e) => e.action === 'account.suspended')).toHaveLength(1);
    }
  });

  it('two acceptances of one invitation: one sets the password, the other hears invalidLink', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const email = `invited-${++people}@example.com`;
      const { id } = await live.t.service.createAccount(adminViewer(), { email, invite: true });
      const link = live.t.mailer.messages().find((m) => m.kind === 'invitation' && m.to === email)!.link!;
      const token = new URL(link).searchParams.get('token');
      const passwords = [PASSWORDS.fresh, PASSWORDS.bob];
      const responses = await Promise.all(passwords.map((password) => send('POST', '/invitations/accept', {}, { token, password })));
      expect(responses.map((r) => r.status).sort()).toEqual([200, 422]);
      const loser = await responses.find((r) => r.status === 422)!.json();
      expect(loser.error.issues).toEqual({ token: { code: 'invalidLink' } });
      expect((await trail(id)).filter((e) => e.action === 'invitation.accepted')).toHaveLength(1);
      const winner = passwords[responses.findIndex((r) => r.status === 200)]!;
      await live.t.service.changePassword({ userId: id, roles: [] }, { currentPassword: winner, newPassword: PASSWORDS.admin });
    }
  });
});
