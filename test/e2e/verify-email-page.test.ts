import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { createTestApp, CSRF, listen, PASSWORDS, type TestApp } from '../support/test-app';

// The one piece of UI the server ships: its inline script must run under its own CSP.
describe.skipIf(!chromiumAvailable())('the verification page in a browser', () => {
  let browser: Browser;
  let t: TestApp;
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    browser = await launchChromium();
    t = await createTestApp();
    server = await listen(t.app);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function verificationPath() {
    t.mailer.clear();
    t.clock.advance(61_000); // past the one-mail-a-minute throttle
    const response = await fetch(`${server.url}/me/email`, {
      method: 'POST',
      headers: { ...CSRF, ...t.users.alice.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ email: `alice.${Date.now()}@example.com`, currentPassword: PASSWORDS.alice }),
    });
    expect(response.status).toBe(200);
    const link = new URL(t.mailer.messages().find((m) => m.kind === 'email-verification')!.link!);
    return `${link.pathname}${link.search}`;
  }

  it('opening the link changes nothing; the button confirms; the token leaves the address bar', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${new URL(server.url).origin}${await verificationPath()}`);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Confirm your email address');
    const before = await t.store.getAccount(t.users.alice.id);
    expect(before?.main.pendingEmail).toMatch(/^alice\.\d+@example\.com$/);

    await page.getByRole('button', { name: 'Confirm email address' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Done: alice\.\d+@example\.com is now your account email\.$/);
    const after = await t.store.getAccount(t.users.alice.id);
    expect(after?.main.email).toBe(before?.main.pendingEmail);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a used link says so', async () => {
    const path = await verificationPath();
    const page = await browser.newPage();
    await page.goto(`${new URL(server.url).origin}${path}`);
    await page.getByRole('button', { name: 'Confirm email address' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Done/);
    await page.goto(`${new URL(server.url).origin}${path}`);
    await page.getByRole('button', { name: 'Confirm email address' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/invalid, used or expired/);
    await page.close();
  });
});
