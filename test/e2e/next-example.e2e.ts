import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { eventually, watchForErrors } from './support/browser';
import { startNextExample, type NextExample } from './support/next-example';

// examples/next as a consumer runs it: profilekit from its packed tarball in a Next.js 16 App
// Router app (next build, next start), the route handlers on SQLite, driven in Chromium.
describe.skipIf(!chromiumAvailable())('examples/next (next build, next start, Chromium)', () => {
  let app: NextExample;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startNextExample(), launchChromium()]);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('signs in, edits a field, saves; after a reload the value is still there', async () => {
    const context = await browser.newContext({ baseURL: app.url, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const signIn = page.getByRole('region', { name: 'Development sign-in' });
    await signIn.getByLabel('Email').fill(app.email);
    await signIn.getByLabel('Password').fill(app.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();

    const details = page.getByRole('region', { name: 'Profile details' });
    const company = details.getByLabel('Company', { exact: true });
    await eventually(() => details.getByLabel('Name', { exact: true }).inputValue(), 'Ada Lovelace');
    await company.fill('Analytical Engines Ltd');
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/profile/me') && response.request().method() === 'PATCH');
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await details.getByRole('status').getByText('Your profile is saved.').waitFor();
    // The save went through profilekit/next: its security headers and its rate limit answered.
    const headers = (await saved).headers();
    expect((await saved).status()).toBe(200);
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['cache-control']).toBe('no-store');
    expect(headers.ratelimit).toMatch(/^"profilekit-writes"; r=59; t=\d+$/);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await eventually(() => company.inputValue(), 'Analytical Engines Ltd');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses the API to a write from another site, and to nobody signed in', async () => {
    const me = await fetch(`${app.url}/api/profile/me`);
    expect(me.status).toBe(401);
    expect(me.headers.get('x-powered-by')).toBeNull();
    const forged = await fetch(`${app.url}/api/profile/me`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-profilekit': '1', origin: 'https://evil.test', 'if-match': '"1"' },
      body: JSON.stringify({ company: 'Evil Corp' }),
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });
});
