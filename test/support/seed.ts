// Browser-safe (no Node, no vitest): stories import it too.
import { seederFor } from '../../src/adapters/memory/seeder-for';
import type { ProfileConfig } from '../../src/core';
import type { ProfileService } from '../../src/service';
import type { AdapterHarness } from '../../src/testing';
import { exampleAccounts, exampleViewers } from '../../src/testing/fixtures/example-accounts';

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
