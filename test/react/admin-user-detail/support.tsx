import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import type { MemoryBackend } from '../../../src/adapters';
import type { ProfileAdapter } from '../../../src/core';
import { AdminUserDetail } from '../../../src/react';
import { exampleViewers } from '../../../src/testing';
import { GRACE } from '../../support/seed';
import { renderWithProfileKit, type RenderOptions } from '../../support/render';

// Each test drives a whole screen (and axe) on a shared 2-core machine: the 5 s default is too tight.
vi.setConfig({ testTimeout: 20_000 });

export { ADA, GRACE, issueApiKeys } from '../../support/seed';

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
