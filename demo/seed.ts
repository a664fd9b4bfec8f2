import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ProfileService, ProfileStore } from '../src/server';

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

/** Seeds a regular user and an admin on first start; later starts read back their credentials. */
export async function seedDemo(service: ProfileService, store: ProfileStore): Promise<DemoCredentials> {
  if (existsSync(FILE) && (await store.findAccountIdByEmail('admin@example.com'))) {
    return JSON.parse(readFileSync(FILE, 'utf8')) as DemoCredentials;
  }
  const credentials: DemoCredentials = {
    user: { email: 'user@example.com', password: password() },
    admin: { email: 'admin@example.com', password: password() },
  };
  if (await store.findAccountIdByEmail(credentials.user.email)) credentials.user.password = UNKNOWN;
  else {
    await service.createAccount(SYSTEM, {
      email: credentials.user.email,
      password: credentials.user.password,
      emailVerified: true,
      name: 'Grace Hopper',
      company: 'Harvard Mark I',
      locale: 'en-US',
      identities: [{ provider: 'github', subject: '1906', email: 'grace@example.com', linkedAt: '2026-01-09T12:00:00.000Z' }],
      billing: { plan: 'pro', status: 'active', seats: 3 },
      activeApps: ['fitness', 'clientPortal'],
      custom: { height: 170, fitnessGoal: 'endurance', companySize: '51-250', preferredContact: 'email', displayHandle: 'grace' },
    });
  }
  if (await store.findAccountIdByEmail(credentials.admin.email)) credentials.admin.password = UNKNOWN;
  else {
    await service.createAccount(SYSTEM, {
      email: credentials.admin.email,
      password: credentials.admin.password,
      emailVerified: true,
      name: 'Ada Lovelace',
      roles: ['admin'],
      custom: { displayHandle: 'ada' },
    });
  }
  mkdirSync('.data', { recursive: true });
  writeFileSync(FILE, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
