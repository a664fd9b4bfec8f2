import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher, createOutboxMailer, createProfileService, createSqliteStore } from '../../src/server';
import { exampleConfig } from '../../src/testing/fixtures/example-config';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { startDemo, type Credentials, type DemoServer, type OutboxMail as Mail } from '../e2e/support/demo-server';

// `npm start` as a newcomer runs it: a fresh directory (no .data), SQLite, seeded accounts, the
// demo page built with Vite (or reused from .data/web when nothing it is built from changed).
const json = { 'content-type': 'application/json' };
const api = { ...json, 'x-profilekit': '1' };

const signInRequest = (demo: DemoServer, { email, password }: Credentials, headers: Record<string, string> = {}) =>
  fetch(`${demo.url}/dev/signin`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ email, password }) });

/** Signs in over the dev sign-in; the session cookie to send. */
async function signInAs(demo: DemoServer, credentials: Credentials) {
  const response = await signInRequest(demo, credentials);
  expect(response.status).toBe(204);
  const cookie = response.headers.get('set-cookie')!;
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return { cookie: cookie.split(';')[0]! };
}

async function outboxOf(demo: DemoServer, session: { cookie: string }): Promise<Mail[]> {
  const response = await fetch(`${demo.url}/dev/outbox.json`, { headers: session });
  expect(response.status).toBe(200);
  return ((await response.json()) as { messages: Mail[] }).messages;
}

const tokenOf = (mail: Mail) => new URL(mail.links[0]!).searchParams.get('token')!;

describe('npm start (the demo server)', () => {
  let demo: DemoServer;
  let base: string;

  beforeAll(async () => {
    demo = await startDemo({ readyWithin: 40_000 });
    base = demo.url;
  }, 50_000);

  afterAll(() => demo.stop());

  const credentials = (who: 'user' | 'admin') => demo[who];

  const signIn = (who: 'user' | 'admin') => signInAs(demo, credentials(who));

  it('prints its URL, the store, the page build and the seeded credentials', () => {
    const output = demo.output();
    expect(output).toContain(`ready at ${base}`);
    expect(output).toContain('SQLite');
    expect(output).toMatch(/page (built in \d+ ms|up to date)/);
    expect(credentials('user').email).toBe('user@example.com');
    expect(credentials('admin').email).toBe('admin@example.com');
  });

  it('serves the built page at / with its module script, under a CSP without inline script', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    const page = await response.text();
    expect(page).toContain('<div id="root">');
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(page)?.[1];
    expect(script, page).toBeDefined();
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const bundle = await fetch(`${base}${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect(bundle.headers.get('cache-control')).toContain('immutable');
    // Any other page address gets the page too (routing is in the hash); the API and /dev never do.
    expect((await fetch(`${base}/somewhere`, { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await fetch(`${base}/api/elsewhere`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${base}/dev/nothing`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('refuses a wrong password, cross-site sign-ins and form posts', async () => {
    const wrong = await signInRequest(demo, { email: 'user@example.com', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    const { email, password } = credentials('user');
    expect((await signInRequest(demo, credentials('user'), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const form = await fetch(`${base}/dev/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password }),
    });
    expect(form.status).toBe(415);
    // Signed out is an answer, not an error.
    const session = await fetch(`${base}/dev/session`);
    expect(session.status).toBe(200);
    expect(await session.json()).toEqual({ signedIn: false });
  });

  it('signs in with the printed credentials: the session answers and the profile API works over the cookie', async () => {
    const session = await signIn('user');
    const me = await fetch(`${base}/dev/session`, { headers: session });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ signedIn: true, email: 'user@example.com', name: 'Grace Hopper', roles: [], isAdmin: false });
    const profile = await fetch(`${base}/api/profile/me`, { headers: session });
    expect(profile.status).toBe(200);
    expect(await profile.json()).toMatchObject({ email: 'user@example.com', name: 'Grace Hopper' });
    const saved = await fetch(`${base}/api/profile/me`, {
      method: 'PATCH',
      headers: { ...session, ...json, 'x-profilekit': '1', 'if-match': profile.headers.get('etag')! },
      body: JSON.stringify({ custom: { height: 171 } }),
    });
    expect(saved.status).toBe(200);
  });

  it('signs out: the cookie no longer opens the session or the API', async () => {
    const session = await signIn('user');
    const out = await fetch(`${base}/dev/signout`, { method: 'POST', headers: { ...session, ...json }, body: '{}' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/pk_demo_session=;/);
    expect(await (await fetch(`${base}/dev/session`, { headers: session })).json()).toEqual({ signedIn: false });
    expect((await fetch(`${base}/api/profile/me`, { headers: session })).status).toBe(401);
    expect((await fetch(`${base}/dev/outbox.json`, { headers: session })).status).toBe(401);
  });

  it('lists sent mail as JSON, newest first, with verification links from PUBLIC_URL to the API verify page', async () => {
    const session = await signIn('user');
    const response = await fetch(`${base}/api/profile/me/email`, {
      method: 'POST',
      headers: { ...session, ...json, 'x-profilekit': '1' },
      body: JSON.stringify({ email: 'grace.new@example.com', currentPassword: credentials('user').password }),
    });
    expect(response.status).toBe(200);
    const messages = await outboxOf(demo, session);
    const verification = messages.find((m) => m.to === 'grace.new@example.com')!;
    expect(verification).toMatchObject({ subject: expect.any(String), text: expect.any(String) });
    expect(verification.links[0]).toMatch(new RegExp(`^${base}/api/profile/email/verify\\?token=`));
    // Newest first: this request's two mails (the link to the new address, the notice to the old) lead.
    expect(messages.slice(0, 2).map((m) => m.to).sort()).toEqual(['grace.new@example.com', 'user@example.com']);
    const sentAt = messages.map((m) => m.sentAt);
    expect(sentAt).toEqual([...sentAt].sort().reverse());
    // The link opens the API's confirmation page (which changes nothing until its button is pressed).
    const page = await fetch(verification.links[0]!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Confirm your email address');
  });

  it('keeps admin data from users and shows it to admins', async () => {
    const user = await signIn('user');
    expect((await fetch(`${base}/api/profile/users`, { headers: user })).status).toBe(403);
    const admin = await signIn('admin');
    expect(await (await fetch(`${base}/dev/session`, { headers: admin })).json()).toMatchObject({ email: 'admin@example.com', isAdmin: true });
    const users = await fetch(`${base}/api/profile/users?limit=10`, { headers: admin });
    expect(users.status).toBe(200);
    const page = await users.json();
    expect(page.items).toHaveLength(10);
    expect(page.nextCursor).toEqual(expect.any(String)); // the seeded directory pages
  });

  // Last: it changes the user's password.
  it('a password change keeps the session that made it and ends the others', async () => {
    const here = await signIn('user');
    const elsewhere = await signIn('user');
    const changed = await fetch(`${base}/api/profile/me/password`, {
      method: 'POST',
      headers: { ...here, ...json, 'x-profilekit': '1' },
      body: JSON.stringify({ currentPassword: credentials('user').password, newPassword: 'Harbour-Lantern-Quiet-91' }),
    });
    expect(changed.status).toBe(204);
    expect((await fetch(`${base}/api/profile/me`, { headers: here })).status).toBe(200);
    expect((await fetch(`${base}/api/profile/me`, { headers: elsewhere })).status).toBe(401);
    expect((await signInRequest(demo, { email: 'user@example.com', password: 'Harbour-Lantern-Quiet-91' })).status).toBe(204);
  });
});

// Who reads which mail, what a restart prints once the seeded user changed address and password,
// HOST, and a signed-out page load: one data directory, started twice.
describe('npm start on HOST, with two users mailing, then restarted on the same data', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'profilekit-demo-'));
  const bob = { email: 'bob@example.com', password: 'Otter-Compass-Violet-27' };
  const shared = 'shared@example.net'; // both users ask for it
  const newPassword = 'Harbour-Lantern-Quiet-91';
  // Listening on HOST only, no PUBLIC_URL: the printed URL and the links come from HOST and PORT.
  const start = () => startDemo({ cwd, readyWithin: 40_000, env: { HOST: '127.0.0.1', PUBLIC_URL: undefined } });
  let demo: DemoServer;
  let seeded: { user: Credentials; admin: Credentials };

  beforeAll(async () => {
    // A second plain user who can sign in, in the database before the demo's first start.
    mkdirSync(join(cwd, '.data'));
    const store = await createSqliteStore({ filename: join(cwd, '.data/profilekit.db') });
    const service = createProfileService({ store, config: exampleConfig, passwords: createArgon2Hasher(), mailer: createOutboxMailer(), verificationUrl: String });
    await service.createAccount(
      { userId: 'system', roles: ['admin'] },
      { email: bob.email, emailVerified: true, name: 'Bob Kahn', company: 'DARPA', locale: 'en-GB', password: bob.password },
    );
    await store.close();
    demo = await start();
    seeded = { user: demo.user, admin: demo.admin };
  }, 60_000);

  afterAll(async () => {
    await demo.stop();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('listens on HOST only and prints its URL from HOST and PORT', async () => {
    expect(demo.output()).toContain(`ready at ${demo.url} (`);
    expect(demo.output()).toContain(`API:   ${demo.url}/api/profile`);
    expect((await fetch(`${demo.url}/`)).status).toBe(200);
    // 127.0.0.2 is this machine too: a server on every interface would answer there.
    await expect(fetch(demo.url.replace('127.0.0.1', '127.0.0.2'))).rejects.toThrow();
  });

  it('shows each user only the mail about their own account, even to an address both asked for; an admin sees all', async () => {
    const user = await signInAs(demo, seeded.user);
    const other = await signInAs(demo, bob);
    const admin = await signInAs(demo, seeded.admin);
    const post = (session: { cookie: string }, path: string, body: unknown) =>
      fetch(`${demo.url}/api/profile${path}`, { method: 'POST', headers: { ...session, ...api }, body: JSON.stringify(body) });

    // Bob asks for the address, then the user asks for the same one: both have it pending.
    expect((await post(other, '/me/email', { email: shared, currentPassword: bob.password })).status).toBe(200);
    expect((await post(user, '/me/email', { email: shared, currentPassword: seeded.user.password })).status).toBe(200);
    const bobsLink = (await outboxOf(demo, other)).find((m) => m.kind === 'email-verification')!;
    const usersLink = (await outboxOf(demo, user)).find((m) => m.kind === 'email-verification')!;
    expect(tokenOf(usersLink)).not.toBe(tokenOf(bobsLink));
    expect(usersLink.links[0]).toMatch(new RegExp(`^${demo.url}/api/profile/email/verify\\?token=`));
    // The user confirms from their own outbox and changes the password; an admin moves Bob to
    // another address, which sends Bob's old address a notice.
    expect((await post(user, '/email/verify', { token: tokenOf(usersLink) })).status).toBe(200);
    expect((await post(user, '/me/password', { currentPassword: seeded.user.password, newPassword })).status).toBe(204);
    const { userId: bobId } = (await (await fetch(`${demo.url}/dev/session`, { headers: other })).json()) as { userId: string };
    expect((await post(admin, `/users/${bobId}/email`, { email: 'robert@example.com', verified: true })).status).toBe(200);

    const usersMail = await outboxOf(demo, user);
    expect(usersMail.map((m) => [m.kind, m.to])).toEqual([
      ['password-changed', shared],
      ['email-changed', 'user@example.com'],
      ['email-change-requested', 'user@example.com'],
      ['email-verification', shared],
    ]);
    const bobsMail = await outboxOf(demo, other);
    expect(bobsMail.map((m) => [m.kind, m.to])).toEqual([
      ['email-changed', bob.email],
      ['email-change-requested', bob.email],
      ['email-verification', shared],
    ]);
    // Neither ever sees the other's link, nor mail to the other's addresses.
    expect(JSON.stringify(usersMail)).not.toContain(tokenOf(bobsLink));
    expect(JSON.stringify(bobsMail)).not.toContain(tokenOf(usersLink));
    expect(JSON.stringify(usersMail)).not.toContain(bob.email);

    const all = await outboxOf(demo, admin);
    expect(all).toHaveLength(7);
    expect(all.filter((m) => m.kind === 'email-verification').map(tokenOf).sort()).toEqual([tokenOf(bobsLink), tokenOf(usersLink)].sort());
    expect((await fetch(`${demo.url}/dev/outbox.json`)).status).toBe(401);
  });

  it('after a restart prints the sign-ins that work now, and the sign-in page offers the current addresses', async () => {
    await demo.stop();
    demo = await start();
    const output = demo.output();
    expect(output).toContain('page up to date');
    expect(output).toContain(`  user:  ${shared} (password changed since seeding)\n`);
    expect(output).toContain(`  admin: admin@example.com / ${seeded.admin.password}\n`);
    expect(output).not.toContain('user@example.com');
    expect(output).not.toContain(seeded.user.password);
    // Nothing was reseeded: the old sign-in fails, the printed ones work.
    expect((await signInRequest(demo, seeded.user)).status).toBe(401);
    expect((await signInRequest(demo, { email: shared, password: newPassword })).status).toBe(204);
    expect((await signInRequest(demo, demo.admin)).status).toBe(204);
    const signIns = await fetch(`${demo.url}/dev/sign-ins`);
    expect(await signIns.json()).toEqual({ accounts: [{ role: 'user', email: shared }, { role: 'admin', email: 'admin@example.com' }] });
  }, 60_000);

  it.skipIf(!chromiumAvailable())('loads signed out without a failed request or a console error, offering the current addresses', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const answers: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', (response) => {
        answers.push(`${response.status()} ${new URL(response.url()).pathname}`);
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(demo.url);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      const seededAccounts = page.getByRole('button', { name: /@/ });
      await seededAccounts.first().waitFor();
      expect(await seededAccounts.allTextContents()).toEqual([shared, 'admin@example.com']);
      expect(answers).toContain('200 /dev/session');
      expect(answers.some((answer) => answer.includes('/api/'))).toBe(false);
      expect(problems).toEqual([]);

      await page.getByRole('button', { name: shared }).click();
      expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(shared);
      await page.getByLabel('Password', { exact: true }).fill(newPassword);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
