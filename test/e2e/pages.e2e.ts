import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { expectNoAxeViolations } from '../support/axe';
import { eventually, newVisitor, openUser, screenshots, signIn, signOut, useDemoAndBrowser, watchForErrors } from './support/browser';

/** axe (real colour contrast) and the two screenshots of what is on screen. */
async function check(page: Page, name: string, what: string, options: { dialog?: boolean } = {}) {
  await expectNoAxeViolations(page, { what });
  await screenshots(page, name, options);
}

// Every page of the demo and every dialog it opens, as a visitor sees them: no axe violation
// (light and dark theme), and a screenshot of each at 390x844 and 1280x800 in
// test-results/screenshots/.
describe.skipIf(!chromiumAvailable())('every page and dialog: axe and screenshots (npm start, Chromium)', () => {
  const env = useDemoAndBrowser();

  it('the user pages: sign-in, My profile (and its dialog, the pending email), the outbox, the confirmation page', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await check(page, 'sign-in', 'the sign-in page');
    // A wrong password: the error state.
    await page.getByLabel('Email', { exact: true }).fill(env.demo.user.email);
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Wrong email or password.').waitFor();
    await expectNoAxeViolations(page, { what: 'the sign-in page with its error' });

    await signIn(page, env.demo.user);
    await page.getByRole('region', { name: 'Notifications' }).getByRole('switch').first().waitFor();
    await check(page, 'my-profile', 'My profile');

    // The attribute removal dialog; Escape closes it and focus goes back.
    const more = page.getByRole('region', { name: 'More about you' });
    const remove = more.getByRole('button', { name: 'Remove team' });
    await remove.click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove team?' });
    await dialog.waitFor();
    await check(page, 'remove-attribute-dialog', 'the remove-attribute dialog', { dialog: true });
    await page.keyboard.press('Escape');
    await eventually(() => dialog.count(), 0);
    await eventually(() => remove.evaluate((element) => element === document.activeElement), true);

    // The email change form open with an error, then the pending banner.
    const details = page.getByRole('region', { name: 'Profile details' });
    await details.getByRole('button', { name: 'Change email' }).click();
    await details.getByLabel('New email address').fill('not an address');
    await details.getByRole('button', { name: 'Send confirmation link' }).click();
    await eventually(() => details.getByLabel('New email address').getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, { what: 'the email change form with an error' });
    await details.getByLabel('New email address').fill('grace@harvard.example');
    await details.getByLabel('Current password').fill(env.demo.user.password);
    await details.getByRole('button', { name: 'Send confirmation link' }).click();
    await details.getByRole('group', { name: /^Confirm grace@harvard\.example/ }).waitFor();
    await check(page, 'my-profile-email-pending', 'My profile with a pending email');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { name: 'Confirm your new email address' }).waitFor();
    await check(page, 'outbox', 'the outbox');

    const [confirmation] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open verification link' }).click()]);
    await confirmation.getByRole('heading', { level: 1, name: 'Confirm your email address' }).waitFor();
    await check(confirmation, 'verify-email', 'the email confirmation page');
    await confirmation.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the admin pages: the user list, a user (an inline editor open, its dialog)', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, env.demo.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('button', { name: /^Grace Hopper / }).waitFor();
    await check(page, 'admin-list', 'the admin user list');

    const detail = await openUser(page, 'grace', 'Grace Hopper');
    await detail.getByRole('region', { name: 'History' }).getByRole('listitem').first().waitFor();
    await check(page, 'admin-detail', "the admin page with a user's detail");
    // Each attribute is a label | value row like every other field (not squeezed into a narrow column).
    const [label, value] = await Promise.all([
      detail.getByText('team', { exact: true }).boundingBox(),
      detail.getByRole('button', { name: 'Edit team, Navy' }).boundingBox(),
    ]);
    expect(value!.width).toBeGreaterThan(200);
    expect(value!.x).toBeGreaterThan(label!.x + label!.width);

    await detail.getByRole('button', { name: 'Edit Phone, Not set' }).click();
    await page.keyboard.type('not a phone');
    await page.keyboard.press('Enter');
    await eventually(() => detail.getByRole('textbox', { name: 'Phone', exact: true }).getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, { what: 'an inline editor with an error' });
    await page.keyboard.press('Escape');

    await detail.getByRole('button', { name: 'Remove attribute team' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove the attribute “team”?' });
    await dialog.waitFor();
    await check(page, 'admin-remove-attribute-dialog', 'the admin remove-attribute dialog', { dialog: true });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await eventually(() => dialog.count(), 0);

    // On a phone the list and the detail take turns: the detail has a way back.
    await page.setViewportSize({ width: 390, height: 844 });
    await detail.getByRole('link', { name: 'All users' }).click();
    await page.getByRole('searchbox', { name: 'Search by name or email' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Grace Hopper' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the dark theme passes axe too, on every page', async () => {
    const context = await newVisitor(env.browser, env.demo, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.pkTheme)).toBe('dark');
    await expectNoAxeViolations(page, { what: 'the sign-in page, dark' });
    await signIn(page, env.demo.admin);
    await page.getByRole('region', { name: 'Notifications' }).getByRole('switch').first().waitFor();
    await check(page, 'my-profile-dark', 'My profile, dark');
    await openUser(page, 'grace', 'Grace Hopper');
    await expectNoAxeViolations(page, { what: 'the admin page, dark' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    await expectNoAxeViolations(page, { what: 'the outbox, dark' });
    await signOut(page);
    await context.close();
  });
});
