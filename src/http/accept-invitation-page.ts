import type { HttpAnswer } from './http-exchange';
import { tokenPage } from './token-page';

/**
 * The page an invitation link opens (`GET /invitations/accept`): the invited person chooses a
 * password (typed twice) and the form POSTs it with the token. The server's policy decides; its
 * message for the password (or the link) is shown as it comes.
 */
export function acceptInvitationPage(): HttpAnswer {
  return tokenPage({
    title: 'Choose your password',
    body: `  <p>An account was created for you. Choose the password you will sign in with.</p>
  <form id="form" novalidate>
    <label for="password">New password</label>
    <input id="password" name="password" type="password" autocomplete="new-password" required aria-describedby="status">
    <label for="repeat">Repeat the password</label>
    <input id="repeat" name="repeat" type="password" autocomplete="new-password" required>
    <button type="submit">Set password</button>
  </form>
  <p role="status" id="status" aria-live="polite"></p>`,
    script: `  const form = document.getElementById('form');
  const button = form.querySelector('button');
  if (!token) { status.textContent = 'This link is incomplete.'; button.disabled = true; }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const password = form.elements.password.value;
    if (password !== form.elements.repeat.value) { status.textContent = 'The passwords do not match.'; return; }
    button.disabled = true;
    status.textContent = 'Setting your password…';
    try {
      const { ok, body } = await post({ token, password });
      if (ok) {
        form.hidden = true;
        status.textContent = 'Done: you can now sign in as ' + body.email + '.';
        return;
      }
      const error = body.error || {};
      const fields = error.fields || {};
      status.textContent = fields.password || fields.token || error.message || 'That did not work.';
    } catch {
      status.textContent = 'Could not reach the server; try again.';
    }
    button.disabled = false;
  });`,
  });
}
