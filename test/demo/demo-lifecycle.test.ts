import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Credentials, type DemoServer } from '../e2e/support/demo-server';

// The account lifecycle through `npm start`, with a short grace period and a quick purge: the
// demo wires the invitation link, the dev sign-in asks `isActive`, and its timer purges.
const api = { 'content-type': 'application/json', 'x-profilekit': '1' };
const invitee = { email: 'invitee@example.com', password: 'Marble-Kettle-Fjord-63' };

describe('npm start: invite, suspend, erase, sign up again', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemo({ readyWithin: 40_000, env: { DELETION_GRACE_MS: '1500', PURGE_INTERVAL_MS: '250' } });
  }, 60_000);
  afterAll(() => demo.stop());

  const signIn = (who: Credentials) =>
    fetch(`${demo.url}/dev/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  const session = async (who: Credentials) => {
    const response = await signIn(who);
    expect(response.status).toBe(204);
    return { cookie: response.headers.get('set-cookie')!.split(';')[0]! };
  };
  const call = (as: { cookie: string }, method: string, path: string, body?: unknown) =>
    fetch(`${demo.url}/api/profile${path}`, { method, headers: { ...as, ...api }, body: body === undefined ? undefined : JSON.stringify(body) });

  it('an admin invites; the invitation link in the outbox opens the library’s page and sets the password', async () => {
    const admin = await session(demo.admin);
    const created = await call(admin, 'POST', '/users', { email: invitee.email, name: 'Ivy Invitee', invite: true });
    expect(created.status).toBe(201);
    const mail = (await demo.outbox()).find((m) => m.kind === 'invitation')!;
    expect(mail.to).toBe(invitee.email);
    expect(mail.links[0]).toMatch(new RegExp(`^${demo.url}/api/profile/invitations/accept\\?token=`));
    const page = await fetch(mail.links[0]!);
    expect(await page.text()).toContain('Choose your password');
    expect((await signIn(invitee)).status).toBe(401);
    const token = new URL(mail.links[0]!).searchParams.get('token');
    const accepted = await fetch(`${demo.url}/api/profile/invitations/accept`, { method: 'POST', headers: api, body: JSON.stringify({ token, password: invitee.password }) });
    expect(accepted.status).toBe(200);
    expect((await signIn(invitee)).status).toBe(204);
  });

  it('a suspended account cannot sign in, but its open session still reads why; reactivated, it signs in', async () => {
    const admin = await session(demo.admin);
    const own = await session(invitee);
    const { id } = await (await call(own, 'GET', '/me')).json();
    expect((await call(admin, 'POST', `/users/${id}/suspension`, { reason: 'Checking a report' })).status).toBe(200);
    const refused = await signIn(invitee);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('account_suspended');
    expect(await (await call(own, 'GET', '/me')).json()).toMatchObject({ status: 'suspended', suspension: { reason: 'Checking a report' } });
    expect((await call(own, 'PATCH', '/me', { company: 'x' })).status).toBe(403);
    expect((await call(admin, 'DELETE', `/users/${id}/suspension`)).status).toBe(200);
    expect((await signIn(invitee)).status).toBe(204);
  });

  it('a scheduled erasure happens on the purge timer; the address then signs up anew', async () => {
    const own = await session(invitee);
    const scheduled = await call(own, 'POST', '/me/deletion', { currentPassword: invitee.password });
    expect(scheduled.status).toBe(202);
    await expect
      .poll(async () => (await (await fetch(`${demo.url}/dev/session`, { headers: own })).json()).signedIn, { timeout: 10_000, interval: 250 })
      .toBe(false);
    expect((await signIn(invitee)).status).toBe(401);
    const kinds = (await demo.outbox()).filter((m) => m.to === invitee.email).map((m) => m.kind);
    expect(kinds.slice(0, 2)).toEqual(['account-erased', 'account-deletion-scheduled']);
    expect(demo.output()).toMatch(/purge: erased 1 account/);
    const signUp = await fetch(`${demo.url}/dev/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...invitee, name: 'Ivy Again' }),
    });
    expect(signUp.status).toBe(201);
    expect((await signIn(invitee)).status).toBe(204);
  });
});
