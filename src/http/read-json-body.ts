import { ProfileError } from '../core';
import { payloadTooLarge, type HttpRequest } from './http-exchange';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;
// Reusable: decode() without { stream: true } starts afresh each call.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

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
export async function readJsonBody(request: HttpRequest, limit: number): Promise<unknown> {
  const type = request.header('content-type');
  const declared = request.header('content-length');
  if (declared !== null && Number(declared) > limit) throw payloadTooLarge(limit);
  const bytes = await request.readBody(limit);
  if (bytes.byteLength === 0 && type === null) return {};
  if (!type || !/^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(type.trim())) {
    throw new ProfileError('unsupported_media_type', 'Send the body as application/json');
  }
  let body: unknown;
  try {
    body = bytes.byteLength === 0 ? {} : JSON.parse(UTF8.decode(bytes));
  } catch {
    throw new ProfileError('malformed_json', 'The request body is not valid JSON');
  }
  const forbidden = findForbiddenKey(body);
  if (forbidden) throw new ProfileError('malformed_json', `The request body may not contain the key ${forbidden}`);
  return body;
}
