import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startChildServer, type ChildServer } from './child-server';

const root = resolve(import.meta.dirname, '../../..');
const example = join(root, 'examples/next');
const modules = join(example, 'node_modules');

/** Runs a command to completion, its output kept for the failure message. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  try {
    execFileSync(command, args, { cwd, env, stdio: 'pipe', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestIn(join(path, name))));
}

/** `npm run build` unless dist/ is newer than everything it is built from (CI builds before the tests). */
function buildLibrary() {
  const built = join(root, 'dist/next.js');
  const inputs = ['src', 'types', 'package.json', 'tsup.config.ts'].map((path) => newestIn(join(root, path)));
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...inputs)) return;
  run('npm', ['run', 'build'], root);
}

/**
 * The example's own dependencies, exactly as its lock file pins them (`npm ci`, again only when the
 * lock changed), then profilekit as a consumer gets it: packed from the root (its "files", its
 * exports map) and unpacked into node_modules. Scripts are not run: better-sqlite3's native build
 * takes minutes here, so the one the root compiled (same version, same Node) is copied in.
 */
function installExample() {
  const lock = createHash('sha256').update(readFileSync(join(example, 'package-lock.json'))).digest('hex');
  const stamp = join(modules, '.profilekit-example-lock');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
    run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], example);
    writeFileSync(stamp, lock);
  }
  const packs = mkdtempSync(join(tmpdir(), 'profilekit-pack-'));
  try {
    run('npm', ['pack', '--silent', '--pack-destination', packs], root);
    const tarball = readdirSync(packs).find((name) => name.endsWith('.tgz'))!;
    rmSync(join(modules, 'profilekit'), { recursive: true, force: true });
    mkdirSync(join(modules, 'profilekit'));
    run('tar', ['-xzf', join(packs, tarball), '-C', join(modules, 'profilekit'), '--strip-components=1'], root);
  } finally {
    rmSync(packs, { recursive: true, force: true });
  }
  const binary = 'better-sqlite3/build/Release/better_sqlite3.node';
  if (!existsSync(join(modules, binary))) {
    const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'better-sqlite3/package.json'), 'utf8')) as { version: string }).version;
    if (version(modules) === version(join(root, 'node_modules'))) {
      mkdirSync(join(modules, 'better-sqlite3/build/Release'), { recursive: true });
      copyFileSync(join(root, 'node_modules', binary), join(modules, binary));
    } else {
      run('npm', ['rebuild', 'better-sqlite3'], example);
    }
  }
}

export interface NextExample extends ChildServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The development sign-in. */
  email: string;
  password: string;
}

/**
 * examples/next as CI runs it: the library built, the example installed against its packed
 * tarball, `next build`, then `next start` on a free loopback port with a fresh SQLite database.
 */
export async function startNextExample(): Promise<NextExample> {
  buildLibrary();
  installExample();
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.NODE_ENV; // vitest's "test" would make Next.js warn and build differently
  run(process.execPath, [join(modules, 'next/dist/bin/next'), 'build'], example, env);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const data = mkdtempSync(join(tmpdir(), 'profilekit-next-'));
  const password = randomBytes(12).toString('base64url');
  const server = await startChildServer({
    name: 'next start',
    args: [join(modules, 'next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    cwd: example,
    env: { ...env, DATA_DIR: data, DEV_PASSWORD: password, PUBLIC_URL: url },
    ready: /Ready in/,
    readyWithin: 60_000,
  }).catch((error: unknown) => {
    rmSync(data, { recursive: true, force: true });
    throw error;
  });
  return {
    url,
    email: 'ada@example.com',
    password,
    output: server.output,
    async stop() {
      await server.stop();
      rmSync(data, { recursive: true, force: true });
    },
  };
}
