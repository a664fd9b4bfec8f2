import type { IncomingMessage } from 'node:http';
import type { ExpressRequestLike } from './express-types';
import type { HttpRequest } from '../../http/http-exchange';
import { payloadTooLarge } from '../../http/http-exchange';

const EMPTY = new Uint8Array();

/**
 * Reads Node's request body up to `limit` bytes. Past it, throws `payload_too_large` and keeps
 * nothing more: the rest is drained unread, so the 413 still reaches the client.
 */
function readNodeBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  if (req.readableEnded) return Promise.resolve(EMPTY);
  const declared = req.headers['content-length'] === undefined ? NaN : Number(req.headers['content-length']);
  if (!req.readableFlowing && (req.complete || req.readableLength >= declared)) {
    // The whole body has arrived (all the bytes Content-Length announced, the usual case for a
    // small JSON body) and sits in the stream's buffer: take it at once, without listeners.
    const chunk = req.read() as Buffer | null;
    if (chunk && chunk.byteLength > limit) return Promise.reject(payloadTooLarge(limit));
    return Promise.resolve(chunk ?? EMPTY);
  }
  return readFlowing(req, limit, [], 0);
}

function readFlowing(req: IncomingMessage, limit: number, chunks: Buffer[], size: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    // Settles once; listeners are left to go with the request.
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // over the limit: drained and dropped
      size += chunk.byteLength;
      if (size > limit) {
        chunks.length = 0;
        fail(payloadTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    req.on('error', fail);
    req.on('close', () => fail(new Error('The request closed before its body was read')));
  });
}

/**
 * The Express request as the handler reads it: headers and body straight from Node's request
 * (no web `Request` in between), the body still streaming, or re-serialised if a body parser
 * ran first. The URL is the path and query relative to the router's mount point.
 */
export function fromNodeRequest(req: ExpressRequestLike): HttpRequest {
  return new NodeRequest(req);
}

class NodeRequest implements HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly ownOrigin: string | null;
  /** express.json() (or similar) consumed the stream already: what it parsed stands in for the body. */
  private readonly parsed: boolean;

  constructor(private readonly req: ExpressRequestLike) {
    this.method = req.method ?? 'GET';
    this.url = req.url ?? '/';
    this.ownOrigin = req.host ? `${req.protocol}://${req.host}` : null;
    this.parsed = req.method !== 'GET' && req.method !== 'HEAD' && req.readableEnded && req.body !== undefined;
  }

  header(name: string): string | null {
    if (this.parsed && name === 'content-length') return null; // it described the original bytes
    const value = this.req.headers[name];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  async readBody(limit: number): Promise<Uint8Array> {
    const { req } = this;
    if (req.method === 'GET' || req.method === 'HEAD') return EMPTY;
    if (!this.parsed) return readNodeBody(req, limit);
    const bytes = new TextEncoder().encode(typeof req.body === 'string' ? req.body : JSON.stringify(req.body));
    if (bytes.byteLength > limit) throw payloadTooLarge(limit);
    return bytes;
  }
}
