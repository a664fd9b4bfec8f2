import { ProfileError } from '../core';
import type { HttpRequest } from './http-exchange';
import { CSRF_HEADER, CSRF_HEADER_VALUE, SAFE_METHODS } from './http-constants';
import { originOfUrl, parseOrigin } from './parse-origin';

export interface CsrfOptions {
  /** Origins listed by the app (`ProfileHandlerOptions.allowedOrigins`). */
  allowedOrigins?: readonly string[] | undefined;
  /** The app's public URL (`ProfileHandlerOptions.publicUrl`): the API's own origin when given. */
  publicUrl?: string | undefined;
}

/**
 * The guard against writes a page on another site could send, built once per handler. A
 * state-changing request must:
 * - carry the profilekit header (a cross-site page cannot add it without a CORS preflight);
 * - not be marked cross-site by the browser (`Sec-Fetch-Site`) unless its `Origin` is listed;
 * - when it has an `Origin` (browsers send one on every cross-origin write and on same-origin
 *   POST, PATCH and DELETE), come from the API's own origin (scheme, host and port: from
 *   `publicUrl` when given, else from the request) or a listed one. `null`, a malformed Origin and
 *   the right host on another port or scheme are refused.
 * A write with no Origin at all (a server-side client, an older browser) passes on the header.
 */
export function createCsrfCheck(options: CsrfOptions): (request: HttpRequest, guarded?: boolean) => void {
  const listed = options.allowedOrigins ?? [];
  const listedNormalised = new Set(listed.map(parseOrigin).filter((origin) => origin !== null));
  const publicOrigin = options.publicUrl === undefined ? null : originOfUrl(options.publicUrl);

  // `guarded`: a GET route that writes (an export's audit entry) is checked like a write.
  return (request, guarded = false) => {
    if (SAFE_METHODS.has(request.method) && !guarded) return;
    if (request.header(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
      throw new ProfileError('forbidden', `State-changing requests must send the ${CSRF_HEADER} header`);
    }
    const origin = request.header('origin');
    const normalised = origin === null ? null : parseOrigin(origin);
    const isListed = origin !== null && (listed.includes(origin) || (normalised !== null && listedNormalised.has(normalised)));
    const site = request.header('sec-fetch-site');
    if (site !== null && site !== 'same-origin' && site !== 'none' && !isListed) {
      throw new ProfileError('forbidden', 'Cross-site requests are refused');
    }
    if (origin === null || isListed) return;
    const own = publicOrigin ?? (request.ownOrigin === null ? null : parseOrigin(request.ownOrigin));
    if (normalised === null || normalised !== own) {
      throw new ProfileError('forbidden', 'Requests from this origin are refused');
    }
  };
}
