import type { ProfileRouteHandlers } from '../../src/next';
import { BASE } from './test-app';

export interface RouteCall {
  method: 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS';
  /** Under BASE, with its query. */
  path: string;
  headers?: Record<string, string>;
  /** JSON-serialised (and `content-type: application/json` set) unless a string. */
  body?: unknown;
  /** The origin the request is addressed to. Default `http://app.test`. */
  at?: string;
}

/**
 * One request to route handlers as Next.js makes it: a web `Request` at the handler of its method
 * (HEAD at GET, as Next.js does when a route exports no HEAD), with the `{ params }` context.
 */
export async function callRoute(routes: ProfileRouteHandlers, call: RouteCall): Promise<Response> {
  const json = call.body !== undefined && typeof call.body !== 'string';
  const request = new Request(`${call.at ?? 'http://app.test'}${BASE}${call.path}`, {
    method: call.method,
    headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...call.headers },
    body: call.body === undefined ? null : json ? JSON.stringify(call.body) : (call.body as string),
  });
  const handler = call.method === 'HEAD' ? routes.GET : routes[call.method];
  const path = call.path.split('?')[0]!.split('/').filter(Boolean);
  return handler(request, { params: Promise.resolve({ path }) });
}

/** A response's status, headers (lower-case names) and body: parsed when JSON, `{}` when empty. */
export async function readRoute(response: Response) {
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('application/json') && text !== '';
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: (json ? JSON.parse(text) : {}) as { error?: { code: string; message: string } } & Record<string, unknown>,
    text,
  };
}
