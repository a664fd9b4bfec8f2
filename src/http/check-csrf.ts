import { ProfileError } from '../core';
import type { HttpRequest } from './http-exchange';
import { CSRF_HEADER, CSRF_HEADER_VALUE, SAFE_METHODS } from './http-constants';

/**
 * Refuses a state-changing request that a page on another site could have sent: it must carry
 * the profilekit header, must not be marked cross-site by the browser (`Sec-Fetch-Site`) unless
 * its `Origin` is allowed, and when `allowedOrigins` is set its `Origin` must be one of them.
 */
export function checkCsrf(request: HttpRequest, allowedOrigins: readonly string[] | undefined): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.header(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
    throw new ProfileError('forbidden', `State-changing requests must send the ${CSRF_HEADER} header`);
  }
  const origin = request.header('origin');
  const allowed = origin !== null && allowedOrigins !== undefined && allowedOrigins.includes(origin);
  const site = request.header('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none' && !allowed) {
    throw new ProfileError('forbidden', 'Cross-site requests are refused');
  }
  if (allowedOrigins !== undefined && origin !== null && !allowed) {
    throw new ProfileError('forbidden', 'Requests from this origin are refused');
  }
}
