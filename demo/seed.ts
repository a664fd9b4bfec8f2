import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ProfileService, ProfileStore } from '../src/server';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';

export interface DemoCredentials {
  /** `password` is unknown when the accounts were seeded by an earlier run whose credentials file is gone. */
  user: { email: string; password: string };
  admin: { email: string; password: string };
}

const UNKNOWN = '(set by an earlier run; drop the database to reseed)';

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

/** Seeds a regular user and an admin on first start; later starts read back their credentials. */
export async function seedDemo(service: ProfileService, store: ProfileStore): Promise<DemoCredentials> {
  if (existsSync(FILE) && (await store.findAccountIdByEmail('admin@example.com'))) {
    return JSON.parse(readFileSync(FILE, 'utf8')) as DemoCredentials;
  }
  const credentials: DemoCredentials = {
    user: { email: 'user@example.com', password: password() },
    admin: { email: 'admin@example.com', password: password() },
  };
  for (const role of ['user', 'admin'] as const) {
    const login = credentials[role];
    if (await store.findAccountIdByEmail(login.email)) {
      login.password = UNKNOWN;
      continue;
    }
    // The example accounts the stories show, under the demo's own address and a fresh password.
    const { id: _id, email: _email, password: _password, ...profile } = exampleAccounts[role];
    await service.createAccount(SYSTEM, { ...profile, email: login.email, password: login.password });
  }
  await seedDirectory(service, store);
  mkdirSync('.data', { recursive: true });
  writeFileSync(FILE, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
