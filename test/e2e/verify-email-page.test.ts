import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { openWatched, useLinkPageServer } from '../support/link-page';
import { CSRF, PASSWORDS } from '../support/test-app';

// The one piece of UI the server ships: its inline script must run under its own CSP.
describe.skipIf(!chromiumAvailable())('the verification page in a browser', () => {
  const live = useLinkPageServer();

  async function verificationPath() {
    live.t.mailer.clear();
    live.t.clock.advance(61_000); // past the one-mail-a-minute throttle
    const response = await fetch(`${live.url}/me/email`, {
      method: 'POST',
      headers: { ...CSRF, ...live.t.users.alice.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ email: `alice.${Date.now()}@example.com`, currentPassword: PASSWORDS.alice }),
    });
    expect(response.status).toBe(200);
    const link = new URL(live.t.mailer.messages().find((m) => m.kind === 'email-verification')!.link!);
    return `${link.pathname}${link.search}`;
  }

  it('opening the link changes nothing; the button confirms; the token leaves the address bar', async () => {
    const { page, violations } = await openWatched(live.browser, `${live.origin}${await verificationPath()}`);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Confirm your email address');
    const before = await live.t.store.getAccount(live.t.users.alice.id);
    expect(before?.main.pendingEmail).toMatch(/^alice\.\d+@example\.com$/);

    await page.getByRole('button', { name: 'Confirm email address' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Done: alice\.\d+@example\.com is now your account email\.$/);
    const after = await live.t.store.getAccount(live.t.users.alice.id);
    expect(after?.main.email).toBe(before?.main.pendingEmail);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a used link says so', async () => {
    const path = await verificationPath();
    const { page } = await openWatched(live.browser, `${live.origin}${path}`);
    await page.getByRole('button', { name: 'Confirm email address' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Done/);
    await page.goto(`${live.origin}${path}`);
    await page.getByRole('button', { name: 'Confirm email address' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/invalid, used or expired/);
    await page.close();
  });
});
