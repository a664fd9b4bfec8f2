import type { ProfileConfig, Viewer } from '../../core';

/**
 * The viewer that creates seed accounts: an admin under `config`'s first admin role. The memory
 * backend seeds as it, and so do the test harnesses (test/support/seed.ts), so that every seeded
 * account has the same creator in its audit trail.
 */
export function seederFor(config: ProfileConfig): Viewer {
  return { userId: 'seed', roles: [config.adminRoles[0]!] };
}
