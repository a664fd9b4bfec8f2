import type { HttpAnswer } from './http-exchange';
import { BASE_HEADERS } from './http-responses';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from './http-constants';

function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface TokenPageParts {
  title: string;
  /** What goes in `<main>` after the `<h1>` title: the lead, the controls, and a `#status` line. */
  body: string;
  /**
   * The page's own script, run after the shared part has defined `token` (read from the link,
   * already dropped from the address bar), `status` (the `#status` element) and
   * `post(payload)` (POSTs JSON to this same address with the CSRF header: `{ ok, body }`).
   */
  script: string;
}

/**
 * A page a mailed link opens (`GET /email/verify`, `GET /invitations/accept`). Opening it
 * changes nothing (mail scanners follow links): its script POSTs the token back when the person
 * acts. No third-party content, no referrer, the token dropped from the address bar at once,
 * and a CSP that lets only this page's own nonce-tagged script and style run.
 */
export function tokenPage(parts: TokenPageParts): HttpAnswer {
  const n = nonce();
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${parts.title}</title>
<style nonce="${n}">
  body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; color: #1a1a1a; }
  button { font: inherit; padding: .6rem 1.2rem; border-radius: 6px; border: 0; background: #2454d6; color: #fff; cursor: pointer; }
  button:focus-visible, input:focus-visible { outline: 2px solid #2454d6; outline-offset: 2px; }
  label { display: block; margin: 1rem 0 .3rem; }
  input { font: inherit; padding: .5rem; width: 100%; box-sizing: border-box; border: 1px solid #767676; border-radius: 6px; }
  form button { margin-top: 1.2rem; }
  [role=status] { margin-top: 1rem; }
</style>
</head>
<body>
<main>
  <h1>${parts.title}</h1>
${parts.body}
</main>
<script nonce="${n}">
  const token = new URLSearchParams(location.search).get('token') || '';
  history.replaceState(null, '', location.pathname);
  const status = document.getElementById('status');
  async function post(payload) {
    const response = await fetch(location.pathname, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', '${CSRF_HEADER}': '${CSRF_HEADER_VALUE}' },
      body: JSON.stringify(payload),
    });
    return { ok: response.ok, body: await response.json() };
  }
${parts.script}
</script>
</body>
</html>`;
  return {
    status: 200,
    body: html,
    headers: {
      ...BASE_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': `default-src 'none'; script-src 'nonce-${n}'; style-src 'nonce-${n}'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`,
    },
  };
}
