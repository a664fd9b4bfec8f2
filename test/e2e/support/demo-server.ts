import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startChildServer } from './child-server';

const root = resolve(import.meta.dirname, '../../..');

export interface Credentials {
  email: string;
  password: string;
}

export interface OutboxMail {
  sentAt: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
}

export interface DemoServer {
  /** `http://127.0.0.1:<port>`: the page, the API and the verification links all live here. */
  url: string;
  user: Credentials;
  admin: Credentials;
  /** What the server printed so far (for failure messages). */
  output(): string;
  /** The development outbox, newest first: all of it (read as the printed admin). */
  outbox(): Promise<OutboxMail[]>;
  stop(): Promise<void>;
}

export interface StartDemoOptions {
  readyWithin?: number;
  /** Where to run (its `.data/` is the database): a directory the caller keeps, for a restart. Default: a fresh one, removed by `stop`. */
  cwd?: string;
  /** Over the defaults (HOST=127.0.0.1, the free port, PUBLIC_URL at them); `undefined` unsets one. */
  env?: NodeJS.ProcessEnv;
}

/**
 * `npm start` as a newcomer runs it: `tsx demo/server.ts` in a fresh, empty directory (so a fresh
 * SQLite database in its `.data/` and freshly seeded accounts with random passwords), on a free
 * loopback port, DATABASE_URL unset. Resolves once it printed "ready at", its sign-ins and its API.
 * `user` and `admin` are the printed sign-ins (throwing when one prints no password).
 */
export async function startDemo({ readyWithin = 120_000, cwd: given, env: extra = {} }: StartDemoOptions = {}): Promise<DemoServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cwd = given ?? mkdtempSync(join(tmpdir(), 'profilekit-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: url, ...extra };
  // As a terminal has it: no database URL (SQLite), no NODE_ENV (vitest's would be "test").
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const server = await startChildServer({
    name: 'the demo server',
    args: [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'demo/server.ts')],
    cwd,
    env,
    ready: /^\s+API:/m,
    readyWithin,
  }).catch((error: unknown) => {
    if (!given) rmSync(cwd, { recursive: true, force: true });
    throw error;
  });
  const { output } = server;
  const stop = async () => {
    await server.stop();
    if (!given) rmSync(cwd, { recursive: true, force: true });
  };
  if (!output().includes(`ready at ${env.PUBLIC_URL ?? `http://${env.HOST}:${port}`}`)) throw new Error(`unexpected start output:\n${output()}`);

  const credentials = (who: 'user' | 'admin'): Credentials => {
    const match = new RegExp(`${who}:\\s+(\\S+) / (\\S+)`).exec(output());
    if (!match) throw new Error(`no ${who} credentials printed:\n${output()}`);
    return { email: match[1]!, password: match[2]! };
  };

  return {
    url,
    get user() {
      return credentials('user');
    },
    get admin() {
      return credentials('admin');
    },
    output,
    async outbox() {
      const { email, password } = credentials('admin');
      const signIn = await fetch(`${url}/dev/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      if (signIn.status !== 204) throw new Error(`outbox: admin sign-in ${signIn.status}`);
      const response = await fetch(`${url}/dev/outbox.json`, { headers: { cookie: signIn.headers.get('set-cookie')!.split(';')[0]! } });
      if (!response.ok) throw new Error(`outbox: ${response.status}`);
      return ((await response.json()) as { messages: OutboxMail[] }).messages;
    },
    stop,
  };
}
