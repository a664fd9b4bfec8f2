import { normalizePassword, type StoredAccount } from '../src/core';
import type { PasswordHasher } from '../src/server';

/** Whether `password` signs in to `account` (the dev sign-in's check, and npm start's before it prints one). */
export async function passwordOpens(passwords: PasswordHasher, account: StoredAccount | null, password: string): Promise<boolean> {
  const hash = account?.main.passwordHash;
  return Boolean(hash && (await passwords.verify(hash, normalizePassword(password))));
}
