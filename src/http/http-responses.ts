import { ERROR_STATUS, isProfileError, ProfileError } from '../core';
import type { HttpAnswer } from './http-exchange';

/** Headers every response of the handler carries: nothing about a profile may be cached. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer, serialised once here (`undefined`: no body). */
export function jsonAnswer(body: unknown, status = 200, headers: Record<string, string> = {}): HttpAnswer {
  if (body === undefined) return { status, headers: { ...BASE_HEADERS, ...headers }, body: null };
  return { status, headers: { ...BASE_HEADERS, 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

/**
 * The JSON error answer for any failure: a ProfileError as itself; anything else as a bare
 * `internal` 500 (reported to `onError`, never described to the caller, never a stack trace).
 */
export function errorAnswer(error: unknown, onError: (error: unknown) => void): HttpAnswer {
  const known: ProfileError = isProfileError(error)
    ? error
    : (onError(error), new ProfileError('internal', 'Something went wrong on our side; try again later'));
  const headers: Record<string, string> = {};
  if (known.retryAfter !== undefined) headers['retry-after'] = String(known.retryAfter);
  return jsonAnswer({ error: known.toJSON() }, ERROR_STATUS[known.code], headers);
}
