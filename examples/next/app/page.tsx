// A server component: it reads the session on the server and renders profilekit's client
// components (the package's React entry is "use client") inside the client provider.
import { cookies } from 'next/headers';
import { CustomFieldsEditor, NotificationPrefs, PasswordChange, ProfileForm } from 'profilekit';
import { viewerFromCookie } from '@/lib/dev-session';
import { ProfileKitClient } from './profile-kit-client';

export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<{ failed?: string }> }) {
  const cookie = (await cookies()).toString();
  if (!viewerFromCookie(cookie)) return <DevSignIn failed={(await searchParams).failed === '1'} />;
  return (
    <main>
      <h1>My profile</h1>
      <ProfileKitClient>
        <section aria-labelledby="details">
          <h2 id="details">Profile details</h2>
          <ProfileForm />
        </section>
        <PasswordChange />
        <NotificationPrefs />
        <section aria-labelledby="more">
          <h2 id="more">More about you</h2>
          <CustomFieldsEditor />
        </section>
      </ProfileKitClient>
    </main>
  );
}

/** DEVELOPMENT ONLY: the example's sign-in (the password is printed at first start, or DEV_PASSWORD). */
function DevSignIn({ failed }: { failed: boolean }) {
  return (
    <main>
      <h1>Sign in</h1>
      <section className="dev-note" aria-label="Development sign-in">
        <p>
          <strong>Development sign-in</strong>, not part of profilekit: your app brings its own authentication.
        </p>
        <form method="post" action="/dev/sign-in">
          <label>
            Email <input name="email" type="email" autoComplete="username" defaultValue="ada@example.com" required />
          </label>
          <label>
            Password <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {failed && <p role="alert">Wrong email or password.</p>}
          <button type="submit">Sign in</button>
        </form>
      </section>
    </main>
  );
}
