import type { HttpRequest } from './http-exchange';

/**
 * CORS for the origins an app allows (`allowedOrigins`): a frontend on another origin may call
 * the API with credentials. Nothing for any other origin, so by default the API is same-origin only.
 */
export function corsHeaders(request: HttpRequest, allowedOrigins: readonly string[] | undefined): Record<string, string> | null {
  const origin = request.header('origin');
  if (!origin || !allowedOrigins?.includes(origin)) return null;
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'ETag, Retry-After',
    vary: 'Origin',
  };
}

/** The answer to a preflight from an allowed origin. */
export function preflightHeaders(cors: Record<string, string>): Record<string, string> {
  return {
    ...cors,
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
    'access-control-allow-headers': 'Content-Type, If-Match, X-ProfileKit, Authorization',
    'access-control-max-age': '600',
  };
}
