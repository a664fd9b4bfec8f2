import {
  isProfileErrorCode,
  ProfileError,
  readFieldIssues,
  type AccountExport,
  type AccountSummary,
  type AuditEntry,
  type DeletionResult,
  type Page,
  type Profile,
  type ProfileAdapter,
  type ViewerConfig,
} from '../../core';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../http/http-constants';

export interface HttpAdapterOptions {
  /** Where the profile routes are mounted: `/api/profile` in a browser, an absolute URL in Node. */
  baseUrl: string;
  /** Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers on every request (e.g. `Authorization`), or a function giving them per request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Default `same-origin`: cookies go to your own API only. */
  credentials?: RequestCredentials;
}

type Query = Record<string, string | number | null | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function toProfileError(response: Response): Promise<ProfileError> {
  const retryHeader = response.headers.get('retry-after');
  const retryAfter = retryHeader !== null && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown; issues?: unknown; moreFields?: unknown; retryAfter?: unknown } } | undefined)?.error;
  if (error && isProfileErrorCode(error.code)) {
    const fields = error.fields && typeof error.fields === 'object' ? (error.fields as Record<string, string>) : undefined;
    const retry = typeof error.retryAfter === 'number' ? error.retryAfter : retryAfter;
    const moreFields = Number.isSafeInteger(error.moreFields) && (error.moreFields as number) > 0 ? (error.moreFields as number) : undefined;
    return new ProfileError(error.code, typeof error.message === 'string' ? error.message : error.code, { fields, issues: readFieldIssues(error.issues), moreFields, retryAfter: retry });
  }
  // Not our JSON: a proxy, a gateway, a crash page.
  if (response.status === 429) return new ProfileError('rate_limited', 'Too many requests; try again later', { retryAfter });
  if (response.status === 401) return new ProfileError('unauthenticated', 'Sign in first');
  if (response.status >= 500) return new ProfileError('unavailable', 'The server is unavailable; try again later');
  return new ProfileError('internal', `Unexpected response (${response.status})`);
}

/**
 * A `ProfileAdapter` over the reference server's HTTP API (or any server keeping its contract).
 * Sends `If-Match` with the version on writes and the CSRF header the server requires; maps every
 * error response to a `ProfileError` with its code, fields, issues and `retryAfter`; a network failure
 * is `unavailable`. Works in the browser and in Node.
 */
export function createHttpAdapter(options: HttpAdapterOptions): ProfileAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  // `guarded`: a GET that writes (an export is audited), which the server guards like a write.
  async function call<T>(method: string, path: string, init: { body?: unknown; version?: number | null; guarded?: boolean } = {}): Promise<T> {
    const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    headers.set('accept', 'application/json');
    if (method !== 'GET' || init.guarded) headers.set(CSRF_HEADER, CSRF_HEADER_VALUE);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    if (init.version !== undefined && init.version !== null) headers.set('if-match', `"${init.version}"`);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        credentials: options.credentials ?? 'same-origin',
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch {
      throw new ProfileError('unavailable', 'Could not reach the server; check the connection and try again');
    }
    if (!response.ok) throw await toProfileError(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  const user = (id: string) => `/users/${encodeURIComponent(id)}`;
  return {
    getConfig: () => call<ViewerConfig>('GET', '/config'),
    getProfile: () => call<Profile>('GET', '/me'),
    updateProfile: (patch, version) => call<Profile>('PATCH', '/me', { body: patch, version }),
    changePassword: (input) => call<void>('POST', '/me/password', { body: input }),
    requestEmailChange: (input, version) => call<Profile>('POST', '/me/email', { body: input, version }),
    cancelEmailChange: (version) => call<Profile>('DELETE', '/me/email/pending', { version }),
    confirmEmailChange: (token) => call<{ email: string }>('POST', '/email/verify', { body: { token } }),
    listUsers: (request = {}) =>
      call<Page<AccountSummary>>('GET', withQuery('/users', { query: request.query, cursor: request.cursor, limit: request.limit })),
    getUser: (userId) => call<Profile>('GET', user(userId)),
    updateUser: (userId, patch, version) => call<Profile>('PATCH', user(userId), { body: patch, version }),
    setUserEmail: (userId, input, version) => call<Profile>('POST', `${user(userId)}/email`, { body: input, version }),
    listAudit: (userId, request = {}) =>
      call<Page<AuditEntry>>('GET', withQuery(`${user(userId)}/audit`, { cursor: request.cursor, limit: request.limit })),
    exportAccount: () => call<AccountExport>('GET', '/me/export', { guarded: true }),
    scheduleDeletion: (input, version) => call<DeletionResult>('POST', '/me/deletion', { body: input, version }),
    cancelDeletion: (input, version) => call<Profile>('DELETE', '/me/deletion', { body: input, version }),
    createUser: (input) => call<Profile>('POST', '/users', { body: input }),
    suspendUser: (userId, input, version) => call<Profile>('POST', `${user(userId)}/suspension`, { body: input, version }),
    reactivateUser: (userId, version) => call<Profile>('DELETE', `${user(userId)}/suspension`, { version }),
    deleteUser: (userId, input, version) => call<DeletionResult>('POST', `${user(userId)}/deletion`, { body: input, version }),
    cancelUserDeletion: (userId, version) => call<Profile>('DELETE', `${user(userId)}/deletion`, { version }),
    exportUser: (userId) => call<AccountExport>('GET', `${user(userId)}/export`, { guarded: true }),
    acceptInvitation: (input) => call<{ email: string }>('POST', '/invitations/accept', { body: input }),
  };
}
