import { ERROR_STATUS, isProfileError, ProfileError } from '../core';

/** Headers every response of the handler carries: nothing about a profile may be cached. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }), ...headers },
  });
}

/**
 * The JSON error response for any failure: a ProfileError as itself; anything else as a bare
 * `internal` 500 (reported to `onError`, never described to the caller, never a stack trace).
 */
export function errorResponse(error: unknown, onError: (error: unknown) => void): Response {
  const known: ProfileError = isProfileError(error)
    ? error
    : (onError(error), new ProfileError('internal', 'Something went wrong on our side; try again later'));
  const headers: Record<string, string> = {};
  if (known.retryAfter !== undefined) headers['retry-after'] = String(known.retryAfter);
  return jsonResponse({ error: known.toJSON() }, ERROR_STATUS[known.code], headers);
}
