// The server side of the example: one SQLite store and one profile service for the process.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineProfileConfig } from 'profilekit/core';
import {
  createOutboxMailer,
  createProfileService,
  createScryptHasher,
  createSqliteStore,
  type PasswordHasher,
  type ProfileService,
  type ProfileStore,
} from 'profilekit/server';

export const config = defineProfileConfig({
  custom: { team: { type: 'text', label: 'Team', maxLength: 60 } },
});

const publicUrl = process.env.PUBLIC_URL ?? 'http://localhost:3000';

interface ProfileKit {
  store: ProfileStore;
  service: ProfileService;
  passwords: PasswordHasher;
}

// Route handlers and pages are bundled apart; globalThis gives them one store and service.
const shared = globalThis as typeof globalThis & { profileKit?: Promise<ProfileKit> };

/** The store and service, opened (and the development user seeded) on first use. */
export function profileKit(): Promise<ProfileKit> {
  shared.profileKit ??= open().catch((error: unknown) => {
    shared.profileKit = undefined;
    throw error;
  });
  return shared.profileKit;
}

async function open(): Promise<ProfileKit> {
  const dir = process.env.DATA_DIR ?? '.data';
  mkdirSync(dir, { recursive: true });
  const store = await createSqliteStore({ filename: join(dir, 'users.db') });
  // scrypt from node:crypto keeps the example to one native module; createArgon2Hasher() is the
  // recommended default (npm i @node-rs/argon2).
  const passwords = createScryptHasher();
  const service = createProfileService({
    store,
    config,
    passwords,
    // The mail stays in memory here; a real app passes its own `{ send(mail) }`.
    mailer: createOutboxMailer(),
    verificationUrl: (token) => `${publicUrl}/api/profile/email/verify?token=${encodeURIComponent(token)}`,
  });
  await seedDevelopmentUser(store, service);
  return { store, service, passwords };
}

/** DEVELOPMENT ONLY: one user to sign in as, with the password from DEV_PASSWORD or a random one, printed. */
async function seedDevelopmentUser(store: ProfileStore, service: ProfileService) {
  const email = 'ada@example.com';
  if (await store.findAccountIdByEmail(email)) return;
  const password = process.env.DEV_PASSWORD ?? randomBytes(12).toString('base64url');
  await service.createAccount({ userId: 'seed', roles: ['admin'] }, { email, password, name: 'Ada Lovelace' });
  console.log(`development sign-in: ${email} / ${process.env.DEV_PASSWORD ? '(DEV_PASSWORD)' : password}`);
}
