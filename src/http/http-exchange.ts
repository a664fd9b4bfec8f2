import { ProfileError } from '../core';

/**
 * A request as the handler reads it, whatever carries it: a web `Request` (msw, Next.js route
 * handlers) or Node's `IncomingMessage` (the Express router, which reads its body and headers
 * directly instead of bridging to a web `Request`).
 */
export interface HttpRequest {
  method: string;
  /** Absolute, or path and query (resolved against a placeholder origin: only they are read). */
  url: string;
  /**
   * The origin the request was addressed to (`scheme://host[:port]`) as the transport sees it:
   * from the URL of a web `Request`, from Express's `req.protocol` and `req.host` (which read
   * `X-Forwarded-Proto` / `-Host` only when `trust proxy` trusts the peer). `null` when unknown.
   */
  ownOrigin: string | null;
  /** A header's value (`name` lower-case), several joined with `, `; `null` when absent. */
  header(name: string): string | null;
  /** The body's bytes; throws `payload_too_large` once it passes `limit` bytes (and stops reading). */
  readBody(limit: number): Promise<Uint8Array>;
}

/** An answer as the handler gives it: written once, as a web `Response` or on Node's response. */
export interface HttpAnswer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The serialised body (JSON or HTML), `null` for none. */
  body: string | null;
}

export function payloadTooLarge(limit: number): ProfileError {
  return new ProfileError('payload_too_large', `The request body is over ${limit} bytes`);
}

async function readWebBody(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function fromWebRequest(request: Request): HttpRequest {
  return {
    method: request.method,
    url: request.url,
    ownOrigin: URL.canParse(request.url) ? new URL(request.url).origin : null,
    header: (name) => request.headers.get(name),
    readBody: (limit) => readWebBody(request, limit),
  };
}

export function toWebResponse(answer: HttpAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
