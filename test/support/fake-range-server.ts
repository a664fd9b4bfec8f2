import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRangeServer {
  /** `http://127.0.0.1:<port>`; the range endpoint is `<url>/range/<PREFIX>`. */
  url: string;
  /** Every request: its path and its `Add-Padding` header. */
  requests: { path: string; padding: string | undefined }[];
  /** Answer every request with this status from now on. */
  fail(status: number): void;
  /** Never answer from now on (a timeout). */
  hang(): void;
  /** Answer normally again. */
  recover(): void;
  close(): Promise<void>;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex').toUpperCase();

/**
 * A Pwned Passwords range API on loopback (port 0): the `breached` passwords are listed with a
 * count, `padded` ones with count 0 (padding entries), among filler suffixes, as the real
 * service answers with `Add-Padding: true`.
 */
export async function startFakeRangeServer(options: { breached?: string[]; padded?: string[] } = {}): Promise<FakeRangeServer> {
  const entries = [...(options.breached ?? []).map((p) => [sha1(p), 42] as const), ...(options.padded ?? []).map((p) => [sha1(p), 0] as const)];
  const requests: FakeRangeServer['requests'] = [];
  let mode: { kind: 'ok' } | { kind: 'fail'; status: number } | { kind: 'hang' } = { kind: 'ok' };
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push({ path: req.url ?? '', padding: req.headers['add-padding'] as string | undefined });
    if (mode.kind === 'hang') return void hanging.add(res);
    if (mode.kind === 'fail') return void res.writeHead(mode.status).end('error');
    const prefix = /^\/range\/([0-9A-F]{5})$/.exec(req.url ?? '')?.[1];
    if (!prefix) return void res.writeHead(400).end('bad prefix');
    const lines = entries.filter(([hash]) => hash.startsWith(prefix)).map(([hash, count]) => `${hash.slice(5)}:${count}`);
    for (let i = 0; i < 5; i++) lines.push(`${(prefix + String(i)).padEnd(35, '0').slice(0, 35)}:0`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end(lines.join('\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    fail: (status) => void (mode = { kind: 'fail', status }),
    hang: () => void (mode = { kind: 'hang' }),
    recover: () => {
      mode = { kind: 'ok' };
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
