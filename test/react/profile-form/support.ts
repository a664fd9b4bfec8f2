
import type { ProfileAdapter } from '../../../src/core';
import type { ComponentBackend } from '../../support/component-backends';

/** An adapter whose `method` waits until `release()` before answering (saving states). */
export function gated<K extends keyof ProfileAdapter>(adapter: ProfileAdapter, method: K) {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const wrapped = {
    ...adapter,
    [method]: async (...args: unknown[]) => {
      await gate;
      return (adapter[method] as (...a: unknown[]) => unknown)(...args);
    },
  } as ProfileAdapter;
  return { adapter: wrapped, release: () => open() };
}

/** Gives the example user an API key, as the host app would issue one (straight into the store). */
export async function giveApiKey(b: ComponentBackend, userId = 'user-grace') {
  const account = await b.backend.store.getAccount(userId);
  if (!account) throw new Error(`no account ${userId}`);
  const key = { id: 'key-1', label: 'CI deploys', prefix: 'pk_live_ab12', hash: 'not-a-real-hash', createdAt: '2026-02-03T10:00:00.000Z' };
  await b.backend.store.commitAccount({
    id: userId,
    expectedVersion: account.version,
    main: { ...account.main, apiKeys: [key] },
    data: account.data,
    audit: {
      id: 'audit-issue-key',
      at: '2026-02-03T10:00:00.000Z',
      actorId: 'system',
      targetId: userId,
      action: 'profile.update',
      changes: [{ field: 'apiKeys', after: [{ id: key.id, label: key.label, masked: `${key.prefix}…` }] }],
    },
  });
}

/** The ProfileForm's status line (the polite live region of its save bar). */
export function saveStatus(): HTMLElement {
  const form = document.querySelector('[data-pk-form="profile"]');
  const status = form?.querySelector<HTMLElement>('[role="status"]');
  if (!status) throw new Error('no save status line');
  return status;
}

/** The root element of a profilekit component. */
export function componentRoot(name: string): HTMLElement {
  const root = document.querySelector<HTMLElement>(`[data-pk-component="${name}"]`);
  if (!root) throw new Error(`no ${name} root`);
  return root;
}

