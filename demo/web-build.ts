// DEMO ONLY: builds the demo page (demo/web) with Vite into .data/web, unless the last build is
// newer than every file it was built from.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'demo/web');
/** Where the built page lives: beside the repository's code, so every start from anywhere shares one build. */
export const webOut = join(root, '.data/web');
/** Written last into the output: when the build started and which source files went into it (express.static skips dotfiles). */
const STAMP = '.build.json';

interface Stamp {
  startedAt: number;
  inputs: string[];
}

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const modified = (path: string) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY; // gone: rebuild
  }
};

function upToDate(): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(join(webOut, STAMP), 'utf8')) as Stamp;
  } catch {
    return false;
  }
  if (!existsSync(join(webOut, 'index.html'))) return false;
  const sources = [
    ...walk(webDir),
    ...walk(join(root, 'src/react')),
    // Everything else the bundle pulled in (src/core, src/adapters, …), as the last build recorded it.
    ...stamp.inputs.map((path) => join(root, path)),
    join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ];
  return sources.every((path) => modified(path) < stamp.startedAt);
}

async function build(): Promise<void> {
  // Always React's production build. Vite and its React plugin take NODE_ENV from the
  // environment when it is set: a start from a test runner (NODE_ENV=test) would build, and
  // cache for every later start, React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildPage();
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

async function buildPage(): Promise<void> {
  const [{ build: viteBuild }, { default: config }] = await Promise.all([import('vite'), import('./web/vite.config')]);
  const startedAt = Date.now();
  const inputs = new Set<string>();
  const recordInputs: Plugin = {
    name: 'profilekit-demo:record-inputs',
    generateBundle() {
      for (const id of this.getModuleIds()) {
        const path = id.split('?')[0]!;
        if (path.startsWith(root + sep) && !path.includes(`${sep}node_modules${sep}`)) inputs.add(relative(root, path));
      }
    },
  };
  // Build beside the output and swap it in, so a concurrent start never serves half a build.
  const scratch = `${webOut}.${process.pid}.tmp`;
  mkdirSync(dirname(webOut), { recursive: true });
  await viteBuild({
    ...config,
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [...(config.plugins ?? []), recordInputs],
    build: { ...config.build, outDir: scratch, emptyOutDir: true },
  });
  writeFileSync(join(scratch, STAMP), JSON.stringify({ startedAt, inputs: [...inputs].sort() } satisfies Stamp, null, 1));
  rmSync(webOut, { recursive: true, force: true });
  try {
    renameSync(scratch, webOut);
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // another start swapped in its build first
  }
}

/**
 * Builds the page when needed; says which it did. When the build fails (a file mid-edit) and an
 * earlier build exists, serves that one and says so; with no earlier build, the start fails.
 */
export async function prepareWeb(): Promise<{ dir: string; summary: string }> {
  if (upToDate()) return { dir: webOut, summary: 'page up to date' };
  const started = Date.now();
  try {
    await build();
  } catch (error) {
    rmSync(`${webOut}.${process.pid}.tmp`, { recursive: true, force: true });
    if (!existsSync(join(webOut, 'index.html'))) throw error;
    const lines = String(error instanceof Error ? error.message : error)
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => line.trim());
    console.warn(`profilekit demo: the page build failed, serving the previous build:\n  ${lines.slice(0, 2).join('\n  ')}`);
    return { dir: webOut, summary: 'page build FAILED, previous build served' };
  }
  return { dir: webOut, summary: `page built in ${Date.now() - started} ms` };
}
