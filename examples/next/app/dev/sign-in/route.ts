// DEVELOPMENT ONLY: the sign-in form's target. Checks the password profilekit stored and sets a
// session cookie; a real app uses its own authentication.
import { normalizeEmail, normalizePassword } from 'profilekit/core';
import { SESSION_COOKIE, startSession } from '@/lib/dev-session';
import { profileKit } from '@/lib/profile-kit';

export async function POST(request: Request): Promise<Response> {
  // Login CSRF: a page on another site may not sign a visitor in.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Cross-site sign-in refused', { status: 403 });
  const form = await request.formData();
  const { store, passwords } = await profileKit();
  const id = await store.findAccountIdByEmail(normalizeEmail(String(form.get('email') ?? '')));
  const account = id ? await store.getAccount(id) : null;
  const hash = account?.main.passwordHash;
  // profilekit hashes the NFKC form of a password: verify the typed one in the same form.
  const ok = hash && (await passwords.verify(hash, normalizePassword(String(form.get('password') ?? ''))));
  const back = new URL(ok ? '/' : '/?failed=1', request.url);
  const response = new Response(null, { status: 303, headers: { location: back.pathname + back.search } });
  if (account && ok) {
    const session = startSession({ userId: account.id, roles: account.main.roles });
    response.headers.append('set-cookie', `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax`);
  }
  return response;
}
