// Browser-safe (no Node, no vitest): stories import it too.
import type { MemoryBackend } from '../../src/adapters';
import { seederFor } from '../../src/adapters/memory/seeder-for';
import type { ProfileConfig } from '../../src/core';
import type { ProfileService } from '../../src/service';
import type { AdapterHarness } from '../../src/testing';
import { exampleAccounts, exampleViewers } from '../../src/testing/fixtures/example-accounts';
import { issueApiKeys as issueKeysInStore, type IssuedApiKey } from '../../src/testing/fixtures/issue-api-keys';

export { exampleAccounts, exampleViewers, seederFor };

/** The example user Grace's id: the account admins look at in component tests and stories. */
export const GRACE = exampleAccounts.user.id;
/** The example admin Ada's id. */
export const ADA = exampleAccounts.admin.id;

/** A conformance harness's `createAccount`: the service creates the account as the seeder. */
export function accountCreator(service: ProfileService, config: ProfileConfig): AdapterHarness['createAccount'] {
  const seeder = seederFor(config);
  return async (account) => ({ userId: (await service.createAccount(seeder, account)).id });
}

/** Gives an account API keys straight in the backend's store (keys are issued outside profilekit). */
export async function issueApiKeys(backend: Pick<MemoryBackend, 'store'>, userId: string, keys: IssuedApiKey[], options: { at?: string } = {}) {
  await issueKeysInStore(backend.store, userId, keys, options);
}
