// Load generation: a serve.ts child process and autocannon runs against it from this process.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { createInterface } from 'node:readline';
import { ROOT } from '../bundle/measure';
import { accountId } from './seed';

export const BASE = '/api/profile';

export interface LoadSettings {
  /** Seconds of warm-up (discarded) before each measured run. */
  warmup: number;
  /** Seconds measured per row: the same for every row of one run. */
  duration: number;
  connections: number;
}

export interface Server {
  url: string;
  info: Record<string, unknown>;
  stop(): Promise<void>;
}

/** Starts bench/server/serve.ts in its own process and waits for its READY line. */
export async function startServer(args: string[], timeoutMs = 180_000): Promise<Server> {
  // BENCH_SERVE_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=.scratch/prof`.
  const nodeArgs = (process.env.BENCH_SERVE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'bench/server/serve.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const info = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.ts ${args.join(' ')}: not ready after ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice(6)) as Record<string, unknown>);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve.ts ${args.join(' ')} exited (${code}) before it was ready\n${stderr}`));
    });
  });
  return {
    url: `http://127.0.0.1:${info.port as number}`,
    info,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Row {
  id: string;
  label: string;
  requests: number;
  reqPerSec: number;
  /** Latency of the 2xx answers, ms (measured here with process.hrtime, not autocannon's 1 ms buckets). */
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  duration: number;
  connections: number;
  /** Set later: reqPerSec / the baseline's. */
  ratio?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

type Requests = autocannon.Request[];

async function cannon(url: string, seconds: number, connections: number, requests: Requests | undefined, latencies: number[] | null) {
  // Without a callback autocannon returns its tracker: an EventEmitter that is also a promise of the result.
  const instance = autocannon({ url, connections, pipelining: 1, duration: seconds, requests, timeout: 10 }) as unknown as EventEmitter &
    PromiseLike<autocannon.Result>;
  if (latencies) {
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  }
  return (await instance) as autocannon.Result;
}

export interface Workload {
  requests?: () => Requests;
  /** Runs after each autocannon run (re-syncing PATCH versions). */
  after?: () => Promise<void>;
}

export interface Case {
  id: string;
  label: string;
  url: string;
  workload: Workload;
}

/** A warm-up run, then the measured run, of one workload. */
export function measure(id: string, label: string, url: string, settings: LoadSettings, workload: Workload): Promise<Row> {
  return measureInterleaved([{ id, label, url, workload }], settings, 1).then(([row]) => row!);
}

/**
 * Several workloads compared with each other: each warmed up, then measured in `rounds` turns
 * of duration / rounds seconds, taking turns (A B A B), so drifting load from other users of the
 * machine falls on all of them alike. A row adds up its turns.
 */
export async function measureInterleaved(cases: Case[], settings: LoadSettings, rounds: number): Promise<Row[]> {
  for (const c of cases) {
    if (settings.warmup <= 0) break;
    await cannon(c.url, settings.warmup, settings.connections, c.workload.requests?.(), null);
    await c.workload.after?.();
  }
  const acc = cases.map(() => ({ latencies: [] as number[], requests: 0, duration: 0, non2xx: 0, errors: 0, timeouts: 0, statusCodes: {} as Record<string, number> }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, c] of cases.entries()) {
      const a = acc[i]!;
      const result = await cannon(c.url, settings.duration / rounds, settings.connections, c.workload.requests?.(), a.latencies);
      await c.workload.after?.();
      a.requests += result.requests.total;
      a.duration += result.duration;
      a.non2xx += result.non2xx;
      a.errors += result.errors;
      a.timeouts += result.timeouts;
      const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
      for (const [code, { count }] of Object.entries(stats)) a.statusCodes[code] = (a.statusCodes[code] ?? 0) + count;
    }
  }
  return cases.map((c, i) => {
    const a = acc[i]!;
    a.latencies.sort((x, y) => x - y);
    return {
      id: c.id,
      label: c.label,
      requests: a.requests,
      reqPerSec: a.requests / a.duration,
      p50: percentile(a.latencies, 50),
      p99: percentile(a.latencies, 99),
      mean: a.latencies.reduce((x, y) => x + y, 0) / Math.max(1, a.latencies.length),
      non2xx: a.non2xx,
      statusCodes: a.statusCodes,
      errors: a.errors,
      timeouts: a.timeouts,
      duration: a.duration,
      connections: settings.connections,
    };
  });
}

const userHeaders = (id: string) => ({ 'x-bench-user': id });

/** GET /me as a random one of accounts 1..n on every request. */
export function getMe(n: number): () => Requests {
  return () => [
    {
      method: 'GET',
      path: `${BASE}/me`,
      setupRequest: (req) => ({ ...req, headers: userHeaders(accountId(1 + Math.floor(Math.random() * n))) }),
    },
  ];
}

interface PatchContext {
  id?: string;
  version?: number;
}

/**
 * PATCH /me with If-Match: each request takes a random account of 1..n that no other request has
 * in flight, sends its current version, and on 200 notes the new one (from the ETag). An account
 * whose answer never came (in flight when a run stopped: the server may still commit it after
 * any re-read) or was refused is retired for the rest of the bench, so no request ever carries a
 * stale version. `versions` persists across the runs against the same data.
 */
export function patchMe(n: number, versions: Map<string, number>): Workload {
  const busy = new Set<string>();
  const retired = new Set<string>();
  const pick = () => {
    for (let tries = 0; tries < 1000; tries++) {
      const id = accountId(1 + Math.floor(Math.random() * n));
      if (!busy.has(id) && !retired.has(id)) return id;
    }
    throw new Error('no free account: too few accounts for the connections');
  };
  let counter = 0;
  const requests = (): Requests => [
    {
      method: 'PATCH',
      path: `${BASE}/me`,
      setupRequest: (req, ctx) => {
        const context = ctx as PatchContext;
        const id = pick();
        busy.add(id);
        const version = versions.get(id) ?? 1;
        context.id = id;
        context.version = version;
        return {
          ...req,
          headers: { ...userHeaders(id), 'content-type': 'application/json', 'x-profilekit': '1', 'if-match': `"${version}"` },
          body: JSON.stringify({ company: `Bench ${++counter}` }),
        };
      },
      onResponse: (status, _body, ctx, headers) => {
        const context = ctx as PatchContext;
        const id = context.id;
        if (!id || status !== 200) return; // stays busy: retired after the run
        const etag = (headers as Record<string, string | undefined>)?.etag;
        versions.set(id, etag ? Number(etag.replace(/"/g, '')) : (context.version ?? 0) + 1);
        busy.delete(id);
      },
    },
  ];
  const after = async () => {
    for (const id of busy) retired.add(id);
    busy.clear();
  };
  return { requests, after };
}

/** GET one page (default size) of an account's audit history, as an admin. */
export function auditPage(id: string): () => Requests {
  return () => [{ method: 'GET', path: `${BASE}/users/${id}/audit`, headers: { 'x-bench-user': 'bench-admin', 'x-bench-roles': 'admin' } }];
}
