// The server under load, in its own process (autocannon runs in bench/server/run.ts: sharing one
// event loop reads about 3x low). Run with tsx:
//
//   node --import tsx bench/server/serve.ts --mode bare
//   node --import tsx bench/server/serve.ts --mode router --store memory|sqlite|postgres
//        [--accounts 1000] [--file /tmp/x.db] [--schema pk_bench_x] [--audit-entries 10000]
//
// bare:   Express 5 answering GET /bare with a small JSON (the baseline).
// router: the reference router (createProfileRouter, helmet on) at /api/profile over the chosen
//         store and the example config; `authenticate` reads `x-bench-user` (and `x-bench-roles`),
//         the write rate limit is off, passwords use the cheap PBKDF2 test hasher.
// Seeds accounts bench-000001 … (see seed.ts), listens on a free loopback port and prints one
// line `READY {"port":…}`; SIGTERM closes it. PostgreSQL only: --audit-entries gives account 1 that
// many audit entries before the other accounts are seeded (an old, long history).
import express from 'express';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { Viewer } from '../../src/core';
import {
  createMemoryStore,
  createOutboxMailer,
  createPbkdf2Hasher,
  createPostgresStore,
  createProfileRouter,
  createProfileService,
  createSqliteStore,
  type ProfileStore,
} from '../../src/server';
import { exampleConfig } from '../../src/testing/fixtures/example-config';
import { accountId, bulkSeedAudit, bulkSeedPostgres, countAccounts, seedThroughService } from './seed';

export const BASE = '/api/profile';

function arg(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : process.argv[at + 1];
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

const mode = arg('mode', 'router');
const started = performance.now();
const app = express();
app.disable('x-powered-by');
let store: (ProfileStore & { close?(): Promise<void> }) | undefined;
const info: Record<string, unknown> = { mode };

if (mode === 'bare') {
  const body = { id: 'bench-000001', name: 'Bench User 1', company: null, locale: 'en', version: 1 };
  app.get('/bare', (_req, res) => {
    res.json(body);
  });
} else {
  const kind = arg('store', 'memory');
  const accounts = Number(arg('accounts', '1000'));
  info.store = kind;
  if (kind === 'memory') store = createMemoryStore();
  else if (kind === 'sqlite') store = await createSqliteStore({ filename: arg('file') });
  else if (kind === 'postgres') store = await createPostgresStore({ connectionString: process.env.DATABASE_URL, schema: arg('schema') });
  else throw new Error(`unknown store ${kind}`);

  const service = createProfileService({
    store,
    config: exampleConfig,
    mailer: createOutboxMailer(),
    passwords: createPbkdf2Hasher({ iterations: 1_000 }),
    verificationUrl: (token) => `http://127.0.0.1${BASE}/email/verify?token=${token}`,
  });

  const seedStarted = performance.now();
  if (kind === 'postgres') {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      if ((await countAccounts(client, arg('schema'))) === 0) {
        await seedThroughService(service, 1, 1);
        // Account 1's long history comes first: everyone else's entries are newer than it.
        const history = Number(arg('audit-entries', '0'));
        if (history > 0) info.auditSeeded = await bulkSeedAudit(client, arg('schema'), accountId(1), history);
      }
      info.seeded = await bulkSeedPostgres(client, arg('schema'), accounts);
      info.accounts = await countAccounts(client, arg('schema'));
    } finally {
      await client.end();
    }
  } else {
    await seedThroughService(service, 1, accounts);
    info.accounts = accounts;
  }
  info.seedMs = Math.round(performance.now() - seedStarted);

  const authenticate = (req: express.Request): Viewer | null => {
    const userId = req.get('x-bench-user');
    if (!userId) return null;
    const roles = req.get('x-bench-roles');
    return { userId, roles: roles ? roles.split(',') : [] };
  };
  app.use(BASE, createProfileRouter({ service, authenticate, rateLimit: false }));
}

const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  info.port = port;
  info.startMs = Math.round(performance.now() - started);
  process.stdout.write(`READY ${JSON.stringify(info)}\n`);
});
server.keepAliveTimeout = 60_000;

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store?.close?.();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
