import type { HttpAnswer } from './http-exchange';
import { tokenPage } from './token-page';

/** The page a verification link opens (`GET /email/verify`): one button confirms the address. */
export function verifyEmailPage(): HttpAnswer {
  return tokenPage({
    title: 'Confirm your email address',
    body: `  <p>Confirm to make this address your account email.</p>
  <button type="button" id="confirm">Confirm email address</button>
  <p role="status" id="status" aria-live="polite"></p>`,
    script: `  const button = document.getElementById('confirm');
  if (!token) { status.textContent = 'This link is incomplete.'; button.disabled = true; }
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Confirming…';
    try {
      const { ok, body } = await post({ token });
      status.textContent = ok
        ? 'Done: ' + body.email + ' is now your account email.'
        : (body.error && body.error.message) || 'That did not work.';
    } catch {
      status.textContent = 'Could not reach the server; try again.';
      button.disabled = false;
    }
  });`,
  });
}
