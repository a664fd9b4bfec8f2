// The demo's own endpoints (/dev/*): its development sign-in and outbox. Not part of profilekit:
// a real app signs people in its own way and profilekit only talks to /api/profile.

export interface DemoSession {
  userId: string;
  email: string;
  name: string | null;
  roles: string[];
  isAdmin: boolean;
}

export interface OutboxMail {
  sentAt: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
}

import { ProfileError } from 'profilekit';

/** The library's error as its JSON says it (`ProfileError.toJSON()`). */
type ErrorBody = { code: ConstructorParameters<typeof ProfileError>[0]; message: string } & ConstructorParameters<typeof ProfileError>[2];

const json = { 'content-type': 'application/json' };

/** The signed-in user, or null (the server answers 200 `{ signedIn: false }` then). */
export async function fetchSession(): Promise<DemoSession | null> {
  const response = await fetch('/dev/session', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Session check failed (${response.status})`);
  const { signedIn, ...session } = (await response.json()) as { signedIn: boolean } & DemoSession;
  return signedIn ? session : null;
}

/** The seeded accounts' current addresses, for the sign-in page to offer. */
export async function fetchSeededAddresses(): Promise<string[]> {
  const response = await fetch('/dev/sign-ins', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Sign-ins failed (${response.status})`);
  return ((await response.json()) as { accounts: { email: string }[] }).accounts.map((account) => account.email);
}

/** `ok` when signed in, `wrong` for a wrong email or password, `suspended` for a suspended account; throws when the server fails. */
export async function signIn(email: string, password: string): Promise<'ok' | 'wrong' | 'suspended'> {
  const response = await fetch('/dev/signin', { method: 'POST', credentials: 'same-origin', headers: json, body: JSON.stringify({ email, password }) });
  if (response.status === 401) return 'wrong';
  if (response.status === 403) return 'suspended';
  if (!response.ok) throw new Error(`Sign-in failed (${response.status})`);
  return 'ok';
}

/**
 * The demo's sign-up (`POST /dev/signup`, the library creates the account, then the demo signs it
 * in): `null` when done, else the library's error (its code, field messages and issue ids, for
 * translating); throws when the server does not answer.
 */
export async function signUp(input: { email: string; password: string; name?: string }): Promise<ProfileError | null> {
  const response = await fetch('/dev/signup', { method: 'POST', credentials: 'same-origin', headers: json, body: JSON.stringify(input) });
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as { error?: ErrorBody } | null;
  if (!body?.error) throw new Error(`Sign-up failed (${response.status})`);
  const { code, message, ...details } = body.error;
  return new ProfileError(code, message, details);
}

export async function signOut(): Promise<void> {
  await fetch('/dev/signout', { method: 'POST', credentials: 'same-origin', headers: json, body: '{}' });
}

/** The mail the server "sent" about the signed-in account (all of it for an admin), newest first. */
export async function fetchOutbox(): Promise<OutboxMail[]> {
  const response = await fetch('/dev/outbox.json', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Outbox failed (${response.status})`);
  return ((await response.json()) as { messages: OutboxMail[] }).messages;
}
