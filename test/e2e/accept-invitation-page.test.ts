import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { openWatched, useLinkPageServer } from '../support/link-page';
import { PASSWORDS } from '../support/test-app';

// The invitation link's page: its script runs under its own CSP, and it is a labelled form.
describe.skipIf(!chromiumAvailable())('the invitation page in a browser', () => {
  const live = useLinkPageServer();
  let invited = 0;

  /** A fresh invitation; the page's address on the test server, and the invited account's id. */
  async function invitationPath() {
    const email = `invited.${++invited}@example.com`;
    const { id } = await live.t.service.createAccount({ userId: live.t.users.admin.id, roles: ['admin'] }, { email, invite: true });
    const link = new URL(live.t.mailer.messages().find((m) => m.kind === 'invitation' && m.to === email)!.link!);
    return { id, url: `${live.origin}${link.pathname}${link.search}` };
  }

  const open = (url: string) => openWatched(live.browser, url);

  it('opening the link changes nothing; the form sets the password; the token leaves the address bar', async () => {
    const { id, url } = await invitationPath();
    const { page, violations } = await open(url);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose your password');
    expect((await live.t.store.getAccount(id))?.main.passwordHash).toBeNull();
    await page.getByLabel('New password').fill(PASSWORDS.fresh);
    await page.getByLabel('Repeat the password').fill(PASSWORDS.fresh);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Done: you can now sign in as invited\.\d+@example\.com\.$/);
    expect((await live.t.store.getAccount(id))?.main).toMatchObject({ emailVerified: true, passwordHash: expect.stringMatching(/^\$pbkdf2/) });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('says what is wrong: the passwords differ, the policy refuses, the link is used', async () => {
    const { url } = await invitationPath();
    const { page } = await open(url);
    await page.getByLabel('New password').fill(PASSWORDS.fresh);
    await page.getByLabel('Repeat the password').fill(PASSWORDS.bob);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The passwords do not match.');
    await page.getByLabel('New password').fill('short');
    await page.getByLabel('Repeat the password').fill('short');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/at least 12 characters/);
    await page.getByLabel('New password').fill(PASSWORDS.fresh);
    await page.getByLabel('Repeat the password').fill(PASSWORDS.fresh);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Done/);
    const again = await open(url);
    await again.page.getByLabel('New password').fill(PASSWORDS.admin);
    await again.page.getByLabel('Repeat the password').fill(PASSWORDS.admin);
    await again.page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => again.page.getByRole('status').textContent()).toMatch(/invalid, used or expired/);
    await page.close();
    await again.page.close();
  });
});
