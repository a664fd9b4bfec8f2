import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start` as a newcomer runs it: a fresh directory (no .data), SQLite, seeded accounts.
const root = resolve(import.meta.dirname, '../..');
const port = 30_000 + Math.floor(Math.random() * 20_000);
const base = `http://127.0.0.1:${port}`;

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
      if (Date.now() - started > 20_000) throw new Error(`not ready within 20 s:\n${output}`);
      if (child.exitCode !== null) throw new Error(`exited:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 30_000);

  afterAll(() => {
    child.kill('SIGTERM');
    rmSync(cwd, { recursive: true, force: true });
  });

  const credentials = (who: 'user' | 'admin') => {
    const match = new RegExp(`${who}:\\s+(\\S+) / (\\S+)`).exec(output);
    if (!match) throw new Error(`no ${who} credentials printed:\n${output}`);
    return { email: match[1]!, password: match[2]! };
  };

  async function signIn(who: 'user' | 'admin') {
    const { email, password } = credentials(who);
    const response = await fetch(`${base}/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password }),
    });
    expect(response.status).toBe(303);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    return { cookie: cookie.split(';')[0]! };
  }

  it('prints its URL, the store and the seeded credentials', () => {
    expect(output).toContain(`ready at ${base}`);
    expect(output).toContain('SQLite');
    expect(credentials('user').email).toBe('user@example.com');
    expect(credentials('admin').email).toBe('admin@example.com');
  });

  it('lists the API at /', async () => {
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain('/api/profile/me');
    expect(page).toContain('Development sign-in');
  });

  it('signs in with the printed credentials and serves the profile API over the session', async () => {
    const session = await signIn('user');
    const me = await fetch(`${base}/api/profile/me`, { headers: session });
    expect(me.status).toBe(200);
    const profile = await me.json();
    expect(profile).toMatchObject({ email: 'user@example.com', name: 'Grace Hopper' });
    const saved = await fetch(`${base}/api/profile/me`, {
      method: 'PATCH',
      headers: { ...session, 'x-profilekit': '1', 'content-type': 'application/json', 'if-match': me.headers.get('etag')! },
      body: JSON.stringify({ custom: { height: 171 } }),
    });
    expect(saved.status).toBe(200);
  });

  it('refuses a wrong password', async () => {
    const response = await fetch(`${base}/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'user@example.com', password: 'not-the-password' }),
    });
    expect(response.status).toBe(401);
  });

  it('shows sent mail with its links in the development outbox, links built from PUBLIC_URL', async () => {
    const session = await signIn('user');
    const response = await fetch(`${base}/api/profile/me/email`, {
      method: 'POST',
      headers: { ...session, 'x-profilekit': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'grace.new@example.com', currentPassword: credentials('user').password }),
    });
    expect(response.status).toBe(200);
    const outbox = await (await fetch(`${base}/dev/outbox`)).text();
    expect(outbox).toContain('grace.new@example.com');
    expect(outbox).toContain(`${base}/api/profile/email/verify?token=`);
  });

  it('admins reach the admin routes', async () => {
    const session = await signIn('admin');
    const users = await fetch(`${base}/api/profile/users`, { headers: session });
    expect(users.status).toBe(200);
    expect((await users.json()).items.length).toBeGreaterThanOrEqual(2);
  });
});
