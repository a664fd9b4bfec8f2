// Server throughput and latency, and PostgreSQL scaling: autocannon (this process) against
// bench/server/serve.ts (its own process) on loopback, every row with the same warm-up, duration
// and connections. Reported, not gated: the machine is shared and noisy.
//
//   node --import tsx bench/server/run.ts        prints the JSON report
//   BENCH_WARMUP=1 BENCH_DURATION=2 BENCH_ROUNDS=1 BENCH_SCALE_LARGE=5000 …   quick development runs
//
// Settings (environment): BENCH_WARMUP (s, default 5), BENCH_DURATION (s, default 10),
// BENCH_CONNECTIONS (default 10), BENCH_ACCOUNTS (accounts seeded for the throughput rows,
// default 1000), BENCH_SCALE_SMALL / BENCH_SCALE_LARGE (default 1000 / 100000),
// BENCH_AUDIT_ENTRIES (default 10000), BENCH_ROUNDS (interleaved turns per comparison, default 4),
// DATABASE_URL (PostgreSQL rows; skipped, and said so, when
// unset or unreachable).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { createPostgresStore } from '../../src/server';
import { encodeCursor } from '../../src/stores/seq-cursor';
import { auditPage, getMe, measure, measureInterleaved, patchMe, startServer, type LoadSettings, type Row, type Server } from './load';
import { accountId } from './seed';

export interface ServerSettings extends LoadSettings {
  accounts: number;
  scaleSmall: number;
  scaleLarge: number;
  auditEntries: number;
  /** Interleaved turns per comparison (baseline / GET / PATCH of a store; 1k / 100k of the scaling). */
  rounds: number;
  databaseUrl: string | undefined;
}

export function serverSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const num = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    warmup: num('BENCH_WARMUP', 5),
    duration: num('BENCH_DURATION', 10),
    connections: num('BENCH_CONNECTIONS', 10),
    accounts: num('BENCH_ACCOUNTS', 1000),
    scaleSmall: num('BENCH_SCALE_SMALL', 1000),
    scaleLarge: num('BENCH_SCALE_LARGE', 100_000),
    auditEntries: num('BENCH_AUDIT_ENTRIES', 10_000),
    rounds: num('BENCH_ROUNDS', 4),
    databaseUrl: env.DATABASE_URL,
  };
}

export interface AuditPlan {
  label: string;
  sql: string;
  params: unknown[];
  plan: string;
  /** The index the plan scans audit_entries with (null: none). */
  index: string | null;
  rowsRemovedByFilter: number;
  seqScan: boolean;
  sort: boolean;
  executionMs: number;
}

export interface ServerReport {
  settings: Omit<ServerSettings, 'databaseUrl'>;
  postgres: { available: boolean; reason?: string; version?: string };
  throughput: Row[];
  /** Mean req/s of all baseline turns (the scaling rows divide by it; store rows by their own turns). */
  baseline: number | null;
  loadAverage: { start: number[]; end: number[] };
  scaling: {
    rows: Row[];
    seeding: { accounts: number; ms: number }[];
    auditSeedMs?: number;
    plans: AuditPlan[];
    auditRow?: Row;
  } | null;
  startup: Record<string, unknown>[];
  errors: string[];
  ms: number;
}

async function checkPostgres(url: string | undefined): Promise<ServerReport['postgres']> {
  if (!url) return { available: false, reason: 'DATABASE_URL is not set' };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return { available: true, version: rows[0]!.v };
  } catch (error) {
    return { available: false, reason: `PostgreSQL at DATABASE_URL is unreachable (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

const schemaName = () => `pk_bench_${randomBytes(5).toString('hex')}`;

async function dropSchemas(url: string, schemas: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`drop schema if exists ${pg.escapeIdentifier(schema)} cascade`);
  } finally {
    await client.end();
  }
}

/**
 * The baseline, GET /me and PATCH /me of one store, in interleaved turns (bare, GET, PATCH, bare,
 * …): each row's ratio divides by the baseline measured in the same minute, not one measured
 * minutes earlier under different load from the machine's other users.
 */
async function storeRows(prefix: string, label: string, args: string[], bareUrl: string, settings: ServerSettings, startup: Record<string, unknown>[]) {
  const server = await startServer(args);
  startup.push(server.info);
  try {
    const rows = await measureInterleaved(
      [
        { id: `${prefix}.bare`, label: `bare Express 5 GET (small JSON), in turns with the ${label} rows`, url: `${bareUrl}/bare`, workload: {} },
        { id: `${prefix}.get`, label: `${label} GET /me`, url: server.url, workload: { requests: getMe(settings.accounts) } },
        { id: `${prefix}.patch`, label: `${label} PATCH /me (If-Match)`, url: server.url, workload: patchMe(settings.accounts, new Map()) },
      ],
      settings,
      settings.rounds,
    );
    const bare = rows[0]!;
    for (const row of rows) row.ratio = row.reqPerSec / bare.reqPerSec;
    return rows;
  } finally {
    await server.stop();
  }
}

/** The audit page query as the store runs it, captured from the pool, then EXPLAIN (ANALYZE, BUFFERS). */
async function explainAuditPages(url: string, schema: string, id: string, entries: number): Promise<AuditPlan[]> {
  const deep = entries / 2;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const captured: { sql: string; params: unknown[] }[] = [];
  const wrapped = new WeakSet<object>();
  const capturing = {
    connect: async () => {
      const client = await pool.connect();
      if (!wrapped.has(client)) {
        wrapped.add(client);
        const query = client.query.bind(client) as (text: unknown, values?: unknown[]) => Promise<unknown>;
        (client as unknown as { query: typeof query }).query = (text, values) => {
          if (typeof text === 'string') captured.push({ sql: text, params: values ?? [] });
          return query(text, values);
        };
      }
      return client;
    },
  } as unknown as pg.Pool;
  const store = await createPostgresStore({ pool: capturing, schema });
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ seq: string }>(
      `select seq from ${pg.escapeIdentifier(schema)}.audit_entries where account_id = $1 order by seq desc offset $2 limit 1`,
      [id, Math.floor(deep)],
    );
    const pages: [string, () => Promise<unknown>][] = [
      ['first page (newest 20)', () => store.listAudit(id, { limit: 20 })],
      [`a page ${deep.toLocaleString('en')} entries deep (cursor)`, () => store.listAudit(id, { limit: 20, cursor: encodeCursor(Number(rows[0]!.seq)) })],
    ];
    const plans: AuditPlan[] = [];
    for (const [label, run] of pages) {
      captured.length = 0;
      await run();
      const query = captured.find((q) => /audit_entries/.test(q.sql));
      if (!query) throw new Error('the audit page query was not captured');
      const explained = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, query.params);
      const plan = explained.rows.map((r) => r['QUERY PLAN']).join('\n');
      plans.push({
        label,
        sql: query.sql,
        params: query.params,
        plan,
        index: /Index (?:Only )?Scan(?: Backward)? using (\S+) on audit_entries/.exec(plan)?.[1] ?? null,
        rowsRemovedByFilter: Number(/Rows Removed by Filter: (\d+)/.exec(plan)?.[1] ?? 0),
        seqScan: /Seq Scan on audit_entries/.test(plan),
        sort: /^\s*(->\s*)?Sort\b/m.test(plan),
        executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN),
      });
    }
    return plans;
  } finally {
    client.release();
    await store.close();
    await pool.end();
  }
}

export async function runServerBench(settings: ServerSettings = serverSettings(), log: (line: string) => void = (line) => console.error(line)): Promise<ServerReport> {
  const started = performance.now();
  const loadStart = loadavg();
  const throughput: Row[] = [];
  const startup: Record<string, unknown>[] = [];
  const errors: string[] = [];
  const schemas: string[] = [];
  const postgres = await checkPostgres(settings.databaseUrl);
  let scaling: ServerReport['scaling'] = null;
  const step = async (what: string, fn: () => Promise<void>) => {
    log(`[server] ${what}`);
    try {
      await fn();
    } catch (error) {
      const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
      errors.push(message);
      log(`[server] FAILED ${message}`);
    }
  };

  try {
    // The baseline server stays up for the whole run; every store's rows take turns with it.
    const bare = await startServer(['--mode', 'bare']);
    startup.push(bare.info);
    try {
      await step('memory store', async () => {
        throughput.push(...(await storeRows('memory', 'memory', ['--store', 'memory', '--accounts', String(settings.accounts)], bare.url, settings, startup)));
      });
      await step('SQLite store', async () => {
        const file = join(tmpdir(), `pk-bench-${randomBytes(5).toString('hex')}.db`);
        try {
          throughput.push(...(await storeRows('sqlite', 'SQLite', ['--store', 'sqlite', '--file', file, '--accounts', String(settings.accounts)], bare.url, settings, startup)));
        } finally {
          for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
        }
      });
      if (postgres.available) {
        await step('PostgreSQL store', async () => {
          const schema = schemaName();
          schemas.push(schema);
          throughput.push(
            ...(await storeRows('postgres', 'PostgreSQL', ['--store', 'postgres', '--schema', schema, '--accounts', String(settings.accounts)], bare.url, settings, startup)),
          );
        });
      }
    } finally {
      await bare.stop();
    }
    if (postgres.available) {
      const url = settings.databaseUrl!;
      await step(`PostgreSQL scaling (${settings.scaleSmall} and ${settings.scaleLarge} accounts)`, async () => {
        const sizes = [settings.scaleSmall, settings.scaleLarge];
        const names = sizes.map(() => schemaName());
        schemas.push(...names);
        const rows: Row[] = [];
        const seeding: { accounts: number; ms: number }[] = [];
        const current: NonNullable<ServerReport['scaling']> = { rows, seeding, plans: [] };
        scaling = current;
        const servers: Server[] = [];
        try {
          for (const [i, n] of sizes.entries()) {
            const history = i === 1 ? ['--audit-entries', String(settings.auditEntries)] : [];
            const server = await startServer(['--store', 'postgres', '--schema', names[i]!, '--accounts', String(n), ...history]);
            servers.push(server);
            startup.push(server.info);
            seeding.push({ accounts: n, ms: (server.info.seeded as { ms: number } | undefined)?.ms ?? 0 });
          }
          const label = (n: number) => `PostgreSQL, ${n.toLocaleString('en')} accounts,`;
          rows.push(
            ...(await measureInterleaved(
              sizes.map((n, i) => ({ id: `scale${n}.get`, label: `${label(n)} GET /me`, url: servers[i]!.url, workload: { requests: getMe(n) } })),
              settings,
              settings.rounds,
            )),
          );
          rows.push(
            ...(await measureInterleaved(
              sizes.map((n, i) => ({ id: `scale${n}.patch`, label: `${label(n)} PATCH /me (If-Match)`, url: servers[i]!.url, workload: patchMe(n, new Map()) })),
              settings,
              settings.rounds,
            )),
          );
          // The audit page: account 1 of the large store was given a long, old history at seeding.
          const id = accountId(1);
          const schema = names[1]!;
          current.auditSeedMs = (servers[1]!.info.auditSeeded as { ms: number } | undefined)?.ms;
          current.plans = await explainAuditPages(url, schema, id, settings.auditEntries);
          current.auditRow = await measure(
            'audit',
            `${label(settings.scaleLarge)} GET /users/:id/audit (first page; ${settings.auditEntries.toLocaleString('en')} entries)`,
            servers[1]!.url,
            settings,
            { requests: auditPage(id) },
          );
        } finally {
          for (const server of servers) await server.stop();
        }
      });
    }
  } finally {
    if (postgres.available && schemas.length > 0) {
      await dropSchemas(settings.databaseUrl!, schemas).catch((error) => errors.push(`dropping bench schemas: ${String(error)}`));
    }
  }

  // The store rows have their own baseline (their turns); the scaling rows divide by the mean of all baseline turns.
  const bares = throughput.filter((row) => row.id.endsWith('.bare'));
  const baseline = bares.length > 0 ? bares.reduce((sum, row) => sum + row.reqPerSec, 0) / bares.length : undefined;
  const scaled = scaling as ServerReport['scaling'];
  for (const row of [...(scaled?.rows ?? []), ...(scaled?.auditRow ? [scaled.auditRow] : [])]) {
    if (baseline) row.ratio = row.reqPerSec / baseline;
  }
  const { databaseUrl: _url, ...shown } = settings;
  return {
    settings: shown,
    postgres,
    throughput,
    baseline: baseline ?? null,
    loadAverage: { start: loadStart, end: loadavg() },
    scaling: scaled,
    startup,
    errors,
    ms: Math.round(performance.now() - started),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await runServerBench();
  console.log(JSON.stringify(report, null, 2));
}
