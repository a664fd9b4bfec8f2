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

/** `true` when signed in, `false` for a wrong email or password; throws when the server fails. */
export async function signIn(email: string, password: string): Promise<boolean> {
  const response = await fetch('/dev/signin', { method: 'POST', credentials: 'same-origin', headers: json, body: JSON.stringify({ email, password }) });
  if (response.status === 401) return false;
  if (!response.ok) throw new Error(`Sign-in failed (${response.status})`);
  return true;
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
