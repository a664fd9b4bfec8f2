import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import type { MemoryBackend } from '../../../src/adapters';
import type { ProfileAdapter } from '../../../src/core';
import { AdminUserDetail } from '../../../src/react';
import { exampleViewers } from '../../../src/testing';
import { renderWithProfileKit, type RenderOptions } from '../../support/render';

// Each test drives a whole screen (and axe) on a shared 2-core machine: the 5 s default is too tight.
vi.setConfig({ testTimeout: 20_000 });

export const GRACE = 'user-grace';
export const ADA = 'admin-ada';

/** Renders the admin screen for `userId` (default Grace) and waits until it is loaded. */
export async function renderDetail(adapter: ProfileAdapter, options: Omit<RenderOptions, 'adapter'> & { userId?: string; auditPageSize?: number } = {}) {
  const { userId = GRACE, auditPageSize, ...rest } = options;
  const result = renderWithProfileKit(<AdminUserDetail userId={userId} auditPageSize={auditPageSize} className="host-class" />, { adapter, ...rest });
  await screen.findByRole('heading', { level: 2 }, { timeout: 5000 });
  return result;
}

/** The audit entries of Grace as the backend holds them (all of them, newest first). */
export async function auditOf(backend: MemoryBackend, userId = GRACE) {
  return (await backend.service.listAudit(exampleViewers.admin, userId, { limit: 100 })).items;
}

/** Gives an account API keys directly in the store (keys are issued outside profilekit). */
export async function issueApiKeys(backend: MemoryBackend, userId: string, keys: { id: string; label: string; prefix: string }[]) {
  const account = (await backend.store.getAccount(userId))!;
  await backend.store.commitAccount({
    id: userId,
    expectedVersion: account.version,
    main: { ...account.main, apiKeys: keys.map((k) => ({ ...k, hash: `hash-${k.id}`, createdAt: '2026-10-01T09:30:00.000Z' })) },
    data: account.data,
    audit: { id: `audit-keys-${userId}`, at: '2026-10-01T09:30:00.000Z', actorId: 'system', targetId: userId, action: 'profile.update', changes: [] },
  });
}

/** Wraps an adapter so that calls to `method` wait until `release()` (saving states). */
export function gated<K extends keyof ProfileAdapter>(adapter: ProfileAdapter, method: K) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const wrapped = {
    ...adapter,
    [method]: async (...args: unknown[]) => {
      await gate;
      return (adapter[method] as (...a: unknown[]) => unknown)(...args);
    },
  } as ProfileAdapter;
  return { adapter: wrapped, release: () => open() };
}
