import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free loopback port (the OS picks one; it is released for the server to take). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

export interface ChildServer {
  /** What it printed so far, stdout and stderr (for failure messages). */
  output(): string;
  /** SIGTERM, then SIGKILL after 5 s; resolves once it exited. */
  stop(): Promise<void>;
}

/**
 * A server in a child process (`node <args>`), resolved once its output matches `ready`; stopped
 * and rejected if it exits first or takes longer than `readyWithin` ms.
 */
export async function startChildServer(options: { args: string[]; cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; readyWithin: number; name: string }): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const started = Date.now();
  try {
    while (!options.ready.test(output)) {
      if (child.exitCode !== null) throw new Error(`${options.name} exited (${child.exitCode}):\n${output}`);
      if (Date.now() - started > options.readyWithin) throw new Error(`${options.name} was not ready within ${options.readyWithin / 1000} s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { output: () => output, stop };
}
