import { ProfileError } from '../core';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

function tooLarge(limit: number) {
  return new ProfileError('payload_too_large', `The request body is over ${limit} bytes`);
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
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
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The first key at any depth that could reach an object's prototype, if any. */
function findForbiddenKey(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return '(nesting too deep)';
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findForbiddenKey(item, depth + 1);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The request body as JSON: `application/json` only (415), at most `limit` bytes (413), valid
 * UTF-8 JSON (400), no `__proto__` / `constructor` / `prototype` key at any depth and no
 * absurd nesting (400). An empty body reads as `{}`.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type');
  const bytes = await readLimited(request, limit);
  if (bytes.byteLength === 0 && type === null) return {};
  if (!type || !/^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(type.trim())) {
    throw new ProfileError('unsupported_media_type', 'Send the body as application/json');
  }
  let body: unknown;
  try {
    body = bytes.byteLength === 0 ? {} : JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ProfileError('malformed_json', 'The request body is not valid JSON');
  }
  const forbidden = findForbiddenKey(body);
  if (forbidden) throw new ProfileError('malformed_json', `The request body may not contain the key ${forbidden}`);
  return body;
}
