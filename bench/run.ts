// `npm run bench`: every benchmark of BENCHMARKS.md in one run (bundle cost, render cost,
// server throughput, PostgreSQL scaling), then writes BENCHMARKS.md and the raw figures
// (.scratch/bench/results.json). Takes about 5 minutes with the defaults; see bench/server/run.ts
// for the BENCH_* settings that shorten it during development.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { resolve } from 'node:path';
import { checkBundleBudgets, loadBudgets } from './bundle/budgets';
import { measureBundles, ROOT } from './bundle/measure';
import { renderReport, type BenchResults, type Machine } from './report';
import { runServerBench, serverSettings } from './server/run';

const OUT_DIR = resolve(ROOT, '.scratch/bench');
const started = performance.now();
const log = (line: string) => console.error(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

function sh(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function machine(): Machine {
  const model = /Model name:\s*(.+)/.exec(sh('lscpu', []))?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  const dirty = sh('git', ['status', '--porcelain']).length > 0;
  return {
    date: new Date().toISOString(),
    nproc: Number(sh('nproc', [])) || cpus().length,
    cpu: model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${osType()} ${release()}`,
    commit: `${sh('git', ['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty ? ' (with uncommitted changes)' : ''}`,
    loadAverageStart: loadavg(),
    loadAverageEnd: [],
    benchSeconds: 0,
  };
}

async function renderFigures(): Promise<BenchResults['render']> {
  const out = resolve(OUT_DIR, 'render.json');
  rmSync(out, { force: true });
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'bench/render/vitest.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_RENDER_OUT: out },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', done);
  });
  if (!existsSync(out)) return { error: `the render bench wrote no figures (vitest exited ${code})`, figures: {} };
  return { figures: JSON.parse(readFileSync(out, 'utf8')) as BenchResults['render']['figures'], error: code === 0 ? undefined : `vitest exited ${code}` };
}

mkdirSync(OUT_DIR, { recursive: true });
const info = machine();
const budgets = loadBudgets();

log('[bundle] esbuild: floor, entry, components, css');
const bundle = await measureBundles();
const bundleChecks = checkBundleBudgets(bundle, budgets);

log('[render] vitest + React Profiler');
const render = await renderFigures();

log('[server] autocannon against bench/server/serve.ts');
const settings = serverSettings();
const server = await runServerBench(settings, log);

info.loadAverageEnd = loadavg();
info.benchSeconds = Math.round((performance.now() - started) / 1000);
const results: BenchResults = { machine: info, bundle, bundleChecks, budgets, render, server };
writeFileSync(resolve(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const notes = JSON.parse(readFileSync(resolve(ROOT, 'bench/notes.json'), 'utf8')) as Record<string, { cause: string; fix: string }>;
writeFileSync(resolve(ROOT, 'BENCHMARKS.md'), renderReport(results, notes));
log(`wrote BENCHMARKS.md and .scratch/bench/results.json`);
