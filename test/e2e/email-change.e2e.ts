import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { description, eventually, newVisitor, signIn, useDemoAndBrowser, watchForErrors } from './support/browser';

// The verified email change, end to end: the form, the pending banner, the mail in the outbox,
// the server's confirmation page, the notice to the old address.
describe.skipIf(!chromiumAvailable())('changing the email address (npm start, Chromium)', () => {
  const env = useDemoAndBrowser();

  it('an address another account holds is refused on the email field; a free one goes pending, is confirmed from the outbox, and the old address is told', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, env.demo.user);
    const details = page.getByRole('region', { name: 'Profile details' });
    const current = details.getByLabel('Email', { exact: true });
    expect(await current.inputValue()).toBe('user@example.com');

    // Taken: the admin's address.
    await details.getByRole('button', { name: 'Change email' }).click();
    const newEmail = details.getByLabel('New email address');
    const password = details.getByLabel('Current password');
    await eventually(() => newEmail.evaluate((element) => element === document.activeElement), true);
    await newEmail.fill(env.demo.admin.email);
    await password.fill(env.demo.user.password);
    await details.getByRole('button', { name: 'Send confirmation link' }).click();
    await eventually(() => newEmail.getAttribute('aria-invalid'), 'true');
    expect(await description(newEmail)).toBe('Another account already uses this email address.');
    expect(await newEmail.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await details.getByRole('group', { name: /^Confirm / }).count()).toBe(0); // no pending banner

    // Free: a link goes out, the banner says so, the account keeps its address until it is opened.
    await newEmail.fill('grace.hopper@example.net');
    await details.getByRole('button', { name: 'Send confirmation link' }).click();
    const banner = details.getByRole('group', { name: 'Confirm grace.hopper@example.net: we sent a link to it.' });
    await banner.waitFor();
    await banner.getByText('Your sign-in address stays user@example.com until you open the link.').waitFor();
    await details.getByRole('status').getByText('We sent a confirmation link to grace.hopper@example.net.').waitFor();
    expect(await banner.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await current.inputValue()).toBe('user@example.com');
    // Still pending after a reload.
    await page.reload();
    await banner.waitFor();

    // The outbox: the link to the new address, the heads-up to the old one.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    const verification = page.getByRole('listitem').filter({ hasText: 'To: grace.hopper@example.net' }).filter({ hasText: 'email-verification' });
    await verification.getByRole('heading', { name: 'Confirm your new email address' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'To: user@example.com' })
      .getByRole('heading', { name: 'Your account email is about to change' })
      .waitFor();

    const [confirmation] = await Promise.all([context.waitForEvent('page'), verification.getByRole('link', { name: 'Open verification link' }).click()]);
    const confirmationErrors = watchForErrors(confirmation);
    await confirmation.getByRole('heading', { level: 1, name: 'Confirm your email address' }).waitFor();
    // Opening the link changed nothing yet, and the token left the address bar.
    expect(new URL(confirmation.url()).search).toBe('');
    const pending = await confirmation.evaluate(async () => (await (await fetch('/api/profile/me')).json()) as { email: string; pendingEmail: string | null });
    expect(pending).toMatchObject({ email: 'user@example.com', pendingEmail: 'grace.hopper@example.net' });
    await confirmation.getByRole('button', { name: 'Confirm email address' }).click();
    await eventually(() => confirmation.getByRole('status').textContent(), 'Done: grace.hopper@example.net is now your account email.');
    await confirmation.close();

    // Back on the profile: the new address, no banner; the old address got the notice.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My profile' }).click();
    await page.reload();
    await eventually(() => details.getByLabel('Email', { exact: true }).inputValue(), 'grace.hopper@example.net');
    expect(await details.getByRole('group', { name: /^Confirm / }).count()).toBe(0);
    await page.getByRole('banner').getByText('grace.hopper@example.net', { exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    const notice = page.getByRole('listitem').filter({ hasText: 'To: user@example.com' }).filter({ hasText: 'email-changed' });
    await notice.getByRole('heading', { name: 'Your account email was changed' }).waitFor();
    await notice.getByText(/Your account email is now grace\.hopper@example\.net/).waitFor();
    const mails = await env.demo.outbox();
    expect(mails.filter((m) => m.to === 'user@example.com').map((m) => m.kind)).toEqual(['email-changed', 'email-change-requested']);

    // The new address signs in; the old one no longer does.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill('user@example.com');
    await page.getByLabel('Password', { exact: true }).fill(env.demo.user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Wrong email or password.').waitFor();
    await signIn(page, { email: 'grace.hopper@example.net', password: env.demo.user.password });

    expect(errors).toEqual([]);
    expect(confirmationErrors).toEqual([]);
    await context.close();
  });
});
