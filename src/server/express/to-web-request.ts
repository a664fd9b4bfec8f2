import { Readable } from 'node:stream';
import type { Request as ExpressRequest } from 'express';

// The host never supplies a trustworthy host name: the URL's origin is a placeholder, only the
// path and query (relative to the router's mount point) are read.
const PLACEHOLDER_ORIGIN = 'http://profilekit.invalid';

/** The Express request as a web `Request`, its body still streaming (or re-serialised if a body parser ran first). */
export function toWebRequest(req: ExpressRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (req.readableEnded && req.body !== undefined) {
      // express.json() (or similar) consumed the stream already: use what it parsed.
      init.body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
      headers.delete('content-length');
    } else {
      init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
      init.duplex = 'half';
    }
  }
  return new Request(new URL(req.url, PLACEHOLDER_ORIGIN), init);
}
