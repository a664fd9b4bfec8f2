import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { StoredAccount } from '../src/core';
import type { ProfileService, ProfileStore } from '../src/server';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';

export type SeededRole = 'user' | 'admin';

/** The accounts seeded on first start, as they were then (`sign-ins.ts` reads what they are now). */
export type DemoSeed = Record<SeededRole, SeededAccount>;

export interface SeededAccount {
  /** Missing in files written before ids were kept: found by `email` then. */
  id?: string;
  /** The address it was seeded with. */
  email: string;
  /** `null` when an earlier run seeded the account and its credentials file is gone. */
  password: string | null;
}

const FILE = '.data/demo-credentials.json';
const SYSTEM = { userId: 'system', roles: ['admin'] };

// Memorable enough to type, random enough that two demo installs differ.
const password = () => `demo-${randomBytes(6).toString('base64url')}-${randomBytes(4).toString('hex')}`;

// More people for the admin list to search and page through. No password: they cannot sign in.
const DIRECTORY: [name: string, company: string][] = [
  ['Alan Turing', 'Bletchley Park'],
  ['Katherine Johnson', 'NASA Langley'],
  ['Edsger Dijkstra', 'Eindhoven University'],
  ['Barbara Liskov', 'MIT'],
  ['Donald Knuth', 'Stanford'],
  ['Margaret Hamilton', 'MIT Instrumentation Lab'],
  ['Tim Berners-Lee', 'CERN'],
  ['Frances Allen', 'IBM Research'],
  ['Dennis Ritchie', 'Bell Labs'],
  ['Radia Perlman', 'DEC'],
  ['Ken Thompson', 'Bell Labs'],
  ['Adele Goldberg', 'Xerox PARC'],
  ['John McCarthy', 'Stanford'],
  ['Shafi Goldwasser', 'MIT'],
  ['Leslie Lamport', 'SRI International'],
  ['Sophie Wilson', 'Acorn Computers'],
  ['Niklaus Wirth', 'ETH Zürich'],
  ['Hedy Lamarr', 'Independent'],
  ['Vint Cerf', 'DARPA'],
  ['Annie Easley', 'NASA Lewis'],
  ['Claude Shannon', 'Bell Labs'],
  ['Jean Bartik', 'University of Pennsylvania'],
];

async function seedDirectory(service: ProfileService, store: ProfileStore) {
  for (const [name, company] of DIRECTORY) {
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
    if (await store.findAccountIdByEmail(email)) continue;
    await service.createAccount(SYSTEM, { email, emailVerified: true, name, company, locale: 'en-GB' });
  }
}

/** The seeded account as it is now (by id; by its seeded address in files from before ids were kept). */
export async function loadSeeded(store: ProfileStore, account: SeededAccount): Promise<StoredAccount | null> {
  const id = account.id ?? (await store.findAccountIdByEmail(account.email));
  return id ? store.getAccount(id) : null;
}

async function seedAccount(service: ProfileService, store: ProfileStore, role: SeededRole): Promise<SeededAccount> {
  const email = `${role}@example.com`;
  const existing = await store.findAccountIdByEmail(email);
  if (existing) return { id: existing, email, password: null };
  // The example accounts the stories show, under the demo's own address and a fresh password.
  const secret = password();
  const { id: _id, email: _email, password: _password, ...profile } = exampleAccounts[role];
  const { id } = await service.createAccount(SYSTEM, { ...profile, email, password: secret });
  return { id, email, password: secret };
}

/** Seeds a regular user and an admin on first start; later starts read back what was seeded. */
export async function seedDemo(service: ProfileService, store: ProfileStore): Promise<DemoSeed> {
  if (existsSync(FILE)) {
    const earlier = JSON.parse(readFileSync(FILE, 'utf8')) as DemoSeed;
    if (await loadSeeded(store, earlier.admin)) return earlier;
  }
  const seed: DemoSeed = { user: await seedAccount(service, store, 'user'), admin: await seedAccount(service, store, 'admin') };
  await seedDirectory(service, store);
  mkdirSync('.data', { recursive: true });
  writeFileSync(FILE, JSON.stringify(seed, null, 2), { mode: 0o600 });
  return seed;
}
