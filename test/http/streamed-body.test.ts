import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, CSRF, listen, type TestApp } from '../support/test-app';

// The Express router reads the body from Node's request itself: whole when it has arrived with
// the headers, else as it streams in (chunked, no Content-Length), up to the 64 KiB limit.
describe('a request body that streams in', () => {
  let t: TestApp;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    t = await createTestApp();
    server = await listen(t.app);
  });
  afterAll(() => server.close());

  function patchInParts(parts: string[], version: number): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        `${server.url}/me`,
        { method: 'PATCH', headers: { ...t.users.alice.auth, ...CSRF, 'content-type': 'application/json', 'if-match': `"${version}"` } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      void (async () => {
        for (const part of parts) {
          req.write(part);
          await new Promise((r) => setTimeout(r, 20));
        }
        req.end();
      })();
    });
  }

  it('is read whole when it arrives in parts', async () => {
    const response = await patchInParts(['{"company":', ' "Split', ' Co"}'], 1);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ version: 2, company: 'Split Co' });
  });

  it('over 64 KiB without a Content-Length -> 413, answered, and the next request is served', async () => {
    const parts = ['{"company":"', ...Array.from({ length: 8 }, () => 'x'.repeat(9000)), '"}'];
    const response = await patchInParts(parts, 2);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.code).toBe('payload_too_large');
    const next = await patchInParts(['{"company":"After"}'], 2);
    expect(next.status).toBe(200);
  });
});
