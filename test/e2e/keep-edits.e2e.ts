import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { eventually, newVisitor, openUser, signIn, twoSignedIn, useDemoAndBrowser, watchForErrors } from './support/browser';

const CONFLICT = 'This profile changed while you were editing';
const UNRESOLVED = 'Not saved yet: someone else changed this profile meanwhile. Save again to compare and choose.';

/** Whether focus has fallen to the page. */
const focusOnPage = (page: Page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);
/** The focused element's accessible-ish name: its aria-label, label or text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
    return (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim();
  });

// Issue 10 §5, in Chromium: nothing a user typed is lost, and focus never falls to the page.
describe.skipIf(!chromiumAvailable())('nothing typed is lost, focus never falls to the page (npm start, Chromium)', () => {
  const env = useDemoAndBrowser();

  it('Escape on the conflict dialog keeps the edit unsaved, focus on Save, and Save shows the conflict again; saves keep focus; Escape cancels the email change', async () => {
    const { pages: [a, b], errors, close } = await twoSignedIn(env, env.demo.user, env.demo.user);
    const details = (page: Page) => page.getByRole('region', { name: 'Profile details' });
    const company = (page: Page) => details(page).getByLabel('Company', { exact: true });
    const save = (page: Page) => details(page).getByRole('button', { name: 'Save', exact: true });

    await company(a).fill('Remington Rand');
    await save(a).click();
    await a.getByText('Your profile is saved.').waitFor();
    expect(await focusOnPage(a)).toBe(false);

    await company(b).fill('UNIVAC Division');
    await save(b).click();
    const dialog = b.getByRole('alertdialog', { name: CONFLICT });
    await dialog.waitFor();
    await b.keyboard.press('Escape');
    await eventually(() => dialog.count(), 0);
    expect(await company(b).inputValue()).toBe('UNIVAC Division');
    await details(b).getByRole('alert').getByText(UNRESOLVED).waitFor();
    await eventually(() => save(b).evaluate((element) => element === document.activeElement), true);
    // Nothing was written: the other browser, reloaded, still has its own value.
    await a.reload();
    await eventually(() => company(a).inputValue(), 'Remington Rand');
    // Still a conflict: Enter on the focused Save shows it again.
    await b.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await b.getByText('Your profile is saved.').waitFor();
    expect(await focusOnPage(b)).toBe(false);

    // CustomFieldsEditor (b is on the newest version now): Save by mouse, then by Enter on the button: focus stays off the page.
    const more = b.getByRole('region', { name: 'More about you' });
    const height = more.getByLabel('Height', { exact: true });
    const moreSave = more.getByRole('button', { name: 'Save', exact: true });
    await height.fill('168');
    await moreSave.click();
    await more.getByRole('status').getByText('Saved').waitFor();
    expect(await focusOnPage(b)).toBe(false);
    expect(await focused(b)).toBe('Save');
    await height.fill('169');
    await moreSave.focus();
    await b.keyboard.press('Enter');
    await more.getByRole('status').getByText('Saved').waitFor();
    expect(await focusOnPage(b)).toBe(false);
    expect(await focused(b)).toBe('Save');

    // The email change: Escape cancels it and focus goes back to "Change email".
    const changeEmail = details(b).getByRole('button', { name: 'Change email' });
    await changeEmail.click();
    await b.keyboard.type('grace.new@example.com');
    await b.keyboard.press('Escape');
    await eventually(() => details(b).getByLabel('New email address').count(), 0);
    await eventually(() => changeEmail.evaluate((element) => element === document.activeElement), true);
    expect(errors).toEqual([]);
    await close();
  });

  it('admin: Escape on the conflict dialog reopens the inline row with the draft and focus; the history shows a default-on notification switched off as Yes → No', async () => {
    const { pages: [user, admin], errors, close } = await twoSignedIn(env, env.demo.user, env.demo.admin);
    const detail = await openUser(admin, 'user@example.com', 'Grace Hopper');

    await detail.getByRole('button', { name: /^Edit Phone, / }).click();
    // The user switches off a reminder that is on by default, meanwhile.
    const sms = user.getByRole('region', { name: 'Notifications' }).getByRole('switch', { name: 'Workout reminders by SMS', exact: true });
    expect(await sms.isChecked()).toBe(true);
    await sms.click();
    await eventually(() => sms.getAttribute('aria-busy'), null);
    await eventually(() => sms.isChecked(), false);

    await admin.keyboard.press('Control+a');
    await admin.keyboard.type('+1 212 555 0199');
    await admin.keyboard.press('Enter');
    const dialog = admin.getByRole('alertdialog', { name: CONFLICT });
    await dialog.waitFor();
    await admin.keyboard.press('Escape');
    await eventually(() => dialog.count(), 0);
    const input = detail.getByRole('textbox', { name: 'Phone' });
    await eventually(() => input.inputValue(), '+1 212 555 0199');
    await eventually(() => input.evaluate((element) => element === document.activeElement), true);
    await admin.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await eventually(() => dialog.count(), 0);
    await detail.getByRole('button', { name: 'Edit Phone, +1 212 555 0199' }).waitFor();
    expect(await focusOnPage(admin)).toBe(false);

    const history = detail.getByRole('region', { name: 'History' });
    await history.getByText('Workout reminders (SMS): Yes → No', { exact: true }).waitFor();
    expect(await history.getByText('Workout reminders (SMS): Not set → No').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('"Change password" by mouse and by Enter: focus stays on the button, never on the page', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, env.demo.user);
    const form = page.getByRole('region', { name: 'Password' });
    const button = form.getByRole('button', { name: 'Change password' });
    let current = env.demo.user.password;
    for (const [how, next] of [
      ['mouse', 'Harbour-Lantern-Quiet-91'],
      ['Enter', 'Meadow-Copper-Violin-27'],
    ] as const) {
      await form.getByLabel('Current password', { exact: true }).fill(current);
      await form.getByLabel('New password', { exact: true }).fill(next);
      await form.getByLabel('Confirm new password', { exact: true }).fill(next);
      if (how === 'mouse') await button.click();
      else {
        await button.focus();
        await page.keyboard.press('Enter');
      }
      await form.getByRole('status').getByText('Your password has been changed.').waitFor();
      expect(await focusOnPage(page), `after ${how}`).toBe(false);
      expect(await button.evaluate((element) => element === document.activeElement), `after ${how}`).toBe(true);
      current = next;
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
