import type { HttpAnswer } from './http-exchange';
import { BASE_HEADERS } from './http-responses';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from './http-constants';

function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page a verification link opens. Opening it changes nothing (mail scanners follow links);
 * the button POSTs the token. No third-party content, no referrer, the token dropped from the
 * address bar at once.
 */
export function verifyEmailPage(): HttpAnswer {
  const n = nonce();
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Confirm your email address</title>
<style nonce="${n}">
  body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; color: #1a1a1a; }
  button { font: inherit; padding: .6rem 1.2rem; border-radius: 6px; border: 0; background: #2454d6; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 2px solid #2454d6; outline-offset: 2px; }
  [role=status] { margin-top: 1rem; }
</style>
</head>
<body>
<main>
  <h1>Confirm your email address</h1>
  <p>Confirm to make this address your account email.</p>
  <button type="button" id="confirm">Confirm email address</button>
  <p role="status" id="status" aria-live="polite"></p>
</main>
<script nonce="${n}">
  const token = new URLSearchParams(location.search).get('token') || '';
  history.replaceState(null, '', location.pathname);
  const status = document.getElementById('status');
  const button = document.getElementById('confirm');
  if (!token) { status.textContent = 'This link is incomplete.'; button.disabled = true; }
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Confirming…';
    try {
      const response = await fetch(location.pathname, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', '${CSRF_HEADER}': '${CSRF_HEADER_VALUE}' },
        body: JSON.stringify({ token }),
      });
      const body = await response.json();
      status.textContent = response.ok
        ? 'Done: ' + body.email + ' is now your account email.'
        : (body.error && body.error.message) || 'That did not work.';
    } catch {
      status.textContent = 'Could not reach the server; try again.';
      button.disabled = false;
    }
  });
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
