/**
 * The request header every state-changing call must carry (the HTTP adapter sends it). A page
 * on another site cannot add a custom header without a CORS preflight, so its presence proves
 * the request came from script the API trusts: the CSRF guard that needs no token.
 */
export const CSRF_HEADER = 'x-profilekit';
export const CSRF_HEADER_VALUE = '1';

/** Default request body limit: 64 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
