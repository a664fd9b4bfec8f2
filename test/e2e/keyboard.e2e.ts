import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { eventually, focusIsVisible, newVisitor, tabTo, useDemoAndBrowser, watchForErrors } from './support/browser';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Tabs to `target` and checks that where focus landed can be seen. */
async function tabToVisible(page: Page, target: Locator, options?: { backwards?: boolean }) {
  await tabTo(page, target, options);
  expect(await focusIsVisible(page), `a focus indicator on ${target}`).toBe(true);
}

// The whole self-service flow with the keyboard alone: no click, no fill, only Tab, typing,
// Enter, Space and Escape.
describe.skipIf(!chromiumAvailable())('My profile with the keyboard alone (npm start, Chromium)', () => {
  const env = useDemoAndBrowser();

  it('signs in, skips to the content, edits and saves the profile and a custom field, asks for an email change, flips a switch and signs out', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const keyboard = page.keyboard;

    // Sign in.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await tabToVisible(page, page.getByLabel('Email', { exact: true }));
    await keyboard.type(env.demo.user.email);
    await keyboard.press('Tab');
    expect(await isFocused(page.getByLabel('Password', { exact: true }))).toBe(true);
    await keyboard.type(env.demo.user.password);
    await keyboard.press('Enter');
    // Focus moves to the new page's title (and the tab's title follows).
    await eventually(() => isFocused(page.getByRole('heading', { level: 1, name: 'My profile' })), true);
    expect(await page.title()).toBe('My profile · profilekit demo');

    // On a fresh load, the first Tab reaches the skip link; Enter moves focus to the page's content.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await eventually(() => isFocused(skip), true);
    expect(await focusIsVisible(page)).toBe(true);
    await keyboard.press('Enter');
    await eventually(() => isFocused(page.getByRole('main')), true);

    // Profile details: company and name, saved with Enter on Save.
    const details = page.getByRole('region', { name: 'Profile details' });
    const name = details.getByLabel('Name', { exact: true });
    await tabToVisible(page, name);
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('Grace Murray Hopper');
    await tabToVisible(page, details.getByLabel('Company', { exact: true }));
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('US Navy');
    const save = details.getByRole('button', { name: 'Save', exact: true });
    await tabToVisible(page, save);
    await keyboard.press('Enter');
    await details.getByRole('status').getByText('Your profile is saved.').waitFor();
    expect(await details.getByLabel('Family name', { exact: true }).inputValue()).toBe('Murray Hopper');

    // A custom field: Enter in the field submits its form.
    const more = page.getByRole('region', { name: 'More about you' });
    await tabToVisible(page, more.getByLabel('Industry', { exact: true }));
    await keyboard.type('Computing');
    await keyboard.press('Enter');
    await more.getByRole('status').getByText('Saved', { exact: true }).waitFor();

    // The email change: back up to "Change email", open it, fill it, send it.
    const change = details.getByRole('button', { name: 'Change email' });
    await tabToVisible(page, change, { backwards: true });
    await keyboard.press('Enter');
    await eventually(() => isFocused(details.getByLabel('New email address')), true);
    await keyboard.type('grace@navy.example');
    await keyboard.press('Tab');
    expect(await isFocused(details.getByLabel('Current password'))).toBe(true);
    await keyboard.type(env.demo.user.password);
    await keyboard.press('Enter');
    const banner = details.getByRole('group', { name: 'Confirm grace@navy.example: we sent a link to it.' });
    await eventually(() => isFocused(banner), true);

    // A notification switch: Space flips it and it saves.
    const prefs = page.getByRole('region', { name: 'Notifications' });
    const offers = prefs.getByRole('switch', { name: 'Offers by Email' });
    await tabToVisible(page, offers);
    await keyboard.press('Space');
    await eventually(() => offers.isChecked(), true);
    await prefs.getByRole('status').getByText('Saved', { exact: true }).waitFor();
    // The mandatory one does not move.
    const security = prefs.getByRole('switch', { name: 'Security alerts by Email' });
    await tabToVisible(page, security, { backwards: true });
    await keyboard.press('Space');
    expect(await security.isChecked()).toBe(true);

    // Everything is kept.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await eventually(() => details.getByLabel('Name', { exact: true }).inputValue(), 'Grace Murray Hopper');
    expect(await details.getByLabel('Company', { exact: true }).inputValue()).toBe('US Navy');
    expect(await more.getByLabel('Industry', { exact: true }).inputValue()).toBe('Computing');
    expect(await offers.isChecked()).toBe(true);
    await banner.waitFor();

    // Sign out, from the header.
    await tabToVisible(page, page.getByRole('button', { name: 'Sign out' }));
    await keyboard.press('Enter');
    await eventually(() => isFocused(page.getByRole('heading', { level: 1, name: 'Sign in' })), true);
    expect(await page.title()).toBe('Sign in · profilekit demo');
    expect(errors).toEqual([]);
    await context.close();
  });
});
