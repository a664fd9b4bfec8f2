import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { description, eventually, newVisitor, signIn, signOut, useDemoAndBrowser, watchForErrors } from './support/browser';

const NEW_PASSWORD = 'Harbour-Lantern-Quiet-91';

describe.skipIf(!chromiumAvailable())('changing the password (npm start, Chromium)', () => {
  const env = useDemoAndBrowser();

  it('a wrong current password is refused on its field; the right one changes it: the new password signs in, the old one does not, other sessions end', async () => {
    // Another browser where the user is signed in too: the change ends that session.
    const elsewhere = await newVisitor(env.browser, env.demo);
    const other = await elsewhere.newPage();
    await signIn(other, env.demo.user);

    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, env.demo.user);
    const form = page.getByRole('region', { name: 'Password' });
    const current = form.getByLabel('Current password', { exact: true });
    const next = form.getByLabel('New password', { exact: true });
    const confirm = form.getByLabel('Confirm new password', { exact: true });

    await current.fill('not-my-password-at-all');
    await next.fill(NEW_PASSWORD);
    await confirm.fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await eventually(() => current.getAttribute('aria-invalid'), 'true');
    expect(await description(current)).toBe('The current password is not correct');
    expect(await current.evaluate((element) => element === document.activeElement)).toBe(true);

    await current.fill(env.demo.user.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').getByText('Your password has been changed.').waitFor();
    expect(await current.inputValue()).toBe('');
    expect(await next.inputValue()).toBe('');
    expect(await current.getAttribute('aria-invalid')).toBeNull();
    // This session goes on.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    // The other one ended.
    await other.reload();
    await other.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await signOut(page);
    await page.getByLabel('Email', { exact: true }).fill(env.demo.user.email);
    await page.getByLabel('Password', { exact: true }).fill(env.demo.user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Wrong email or password.').waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Sign in' }).count()).toBe(1);

    await signIn(page, { email: env.demo.user.email, password: NEW_PASSWORD });
    expect((await env.demo.outbox()).find((m) => m.to === env.demo.user.email)?.kind).toBe('password-changed');
    expect(errors).toEqual([]);
    await context.close();
    await elsewhere.close();
  });
});
