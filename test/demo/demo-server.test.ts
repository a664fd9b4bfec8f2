import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start` as a newcomer runs it: a fresh directory (no .data), SQLite, seeded accounts, the
// demo page built with Vite (or reused from .data/web when nothing it is built from changed).
const root = resolve(import.meta.dirname, '../..');
const port = 30_000 + Math.floor(Math.random() * 20_000);
const base = `http://127.0.0.1:${port}`;
const json = { 'content-type': 'application/json' };

describe('npm start (the demo server)', () => {
  let child: ChildProcess;
  let output = '';
  const cwd = mkdtempSync(join(tmpdir(), 'profilekit-demo-'));

  beforeAll(async () => {
    const started = Date.now();
    child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'demo/server.ts')], {
      cwd,
      env: { ...process.env, PORT: String(port), PUBLIC_URL: base, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    while (!output.includes('ready at')) {
      if (Date.now() - started > 40_000) throw new Error(`not ready within 40 s:\n${output}`);
      if (child.exitCode !== null) throw new Error(`exited:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 50_000);

  afterAll(() => {
    child.kill('SIGTERM');
    rmSync(cwd, { recursive: true, force: true });
  });

  const credentials = (who: 'user' | 'admin') => {
    const match = new RegExp(`${who}:\\s+(\\S+) / (\\S+)`).exec(output);
    if (!match) throw new Error(`no ${who} credentials printed:\n${output}`);
    return { email: match[1]!, password: match[2]! };
  };

  const signInRequest = (email: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/dev/signin`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ email, password }) });

  async function signIn(who: 'user' | 'admin') {
    const { email, password } = credentials(who);
    const response = await signInRequest(email, password);
    expect(response.status).toBe(204);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    return { cookie: cookie.split(';')[0]! };
  }

  it('prints its URL, the store, the page build and the seeded credentials', () => {
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
    const wrong = await signInRequest('user@example.com', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    const { email, password } = credentials('user');
    expect((await signInRequest(email, password, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const form = await fetch(`${base}/dev/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password }),
    });
    expect(form.status).toBe(415);
    expect((await fetch(`${base}/dev/session`)).status).toBe(401);
  });

  it('signs in with the printed credentials: the session answers and the profile API works over the cookie', async () => {
    const session = await signIn('user');
    const me = await fetch(`${base}/dev/session`, { headers: session });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'user@example.com', name: 'Grace Hopper', roles: [], isAdmin: false });
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
    expect((await fetch(`${base}/dev/session`, { headers: session })).status).toBe(401);
    expect((await fetch(`${base}/api/profile/me`, { headers: session })).status).toBe(401);
  });

  it('lists sent mail as JSON, newest first, with verification links from PUBLIC_URL to the API verify page', async () => {
    const session = await signIn('user');
    const response = await fetch(`${base}/api/profile/me/email`, {
      method: 'POST',
      headers: { ...session, ...json, 'x-profilekit': '1' },
      body: JSON.stringify({ email: 'grace.new@example.com', currentPassword: credentials('user').password }),
    });
    expect(response.status).toBe(200);
    const outbox = await fetch(`${base}/dev/outbox.json`);
    expect(outbox.status).toBe(200);
    const { messages } = (await outbox.json()) as { messages: { to: string; subject: string; text: string; links: string[]; sentAt: string }[] };
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
    expect((await signInRequest('user@example.com', 'Harbour-Lantern-Quiet-91')).status).toBe(204);
  });
});
