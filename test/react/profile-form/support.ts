
import type { ComponentBackend } from '../../support/component-backends';
import { GRACE, issueApiKeys } from '../../support/seed';

/** Gives the example user an API key, as the host app would issue one (straight into the store). */
export async function giveApiKey(b: ComponentBackend, userId = GRACE) {
  await issueApiKeys(b.backend, userId, [{ id: 'key-1', label: 'CI deploys', prefix: 'pk_live_ab12' }], { at: '2026-02-03T10:00:00.000Z' });
}

/** The ProfileForm's status line (the polite live region of its save bar). */
export function saveStatus(): HTMLElement {
  const form = document.querySelector('[data-pk-form="profile"]');
  const status = form?.querySelector<HTMLElement>('[role="status"]');
  if (!status) throw new Error('no save status line');
  return status;
}
