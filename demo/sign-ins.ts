// The seeded accounts as they are now, not as they were seeded: npm start prints their sign-ins,
// the sign-in page offers their addresses. A user who changed address or password changed them.
import type { PasswordHasher, ProfileStore } from '../src/server';
import { passwordOpens } from './password-opens';
import { loadSeeded, type DemoSeed, type SeededRole } from './seed';

const ROLES = ['user', 'admin'] as const satisfies readonly SeededRole[];

/** Each seeded account's current address (an account that is gone is left out). */
export async function seededAddresses(store: ProfileStore, seed: DemoSeed): Promise<{ role: SeededRole; email: string }[]> {
  const accounts = await Promise.all(ROLES.map(async (role) => ({ role, account: await loadSeeded(store, seed[role]) })));
  return accounts.flatMap(({ role, account }) => (account ? [{ role, email: account.main.email }] : []));
}

/**
 * The lines npm start prints, one per seeded account: `user:  <address> / <password>` while the
 * seeded password still signs in, else the address and why no password is shown.
 */
export async function signInLines(store: ProfileStore, passwords: PasswordHasher, seed: DemoSeed): Promise<string[]> {
  return Promise.all(
    ROLES.map(async (role) => {
      const label = `${role}:`.padEnd(6);
      const account = await loadSeeded(store, seed[role]);
      if (!account) return `  ${label} (account gone; drop the database to reseed)`;
      const { password } = seed[role];
      if (password === null) return `  ${label} ${account.main.email} (password set by an earlier run; drop the database to reseed)`;
      if (!(await passwordOpens(passwords, account, password))) return `  ${label} ${account.main.email} (password changed since seeding)`;
      return `  ${label} ${account.main.email} / ${password}`;
    }),
  );
}
