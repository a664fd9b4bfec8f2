import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { eventually, newVisitor, signIn, useDemoAndBrowser, watchForErrors } from './support/browser';

// A new user on "My profile": edits their details and notification switches, reloads, finds them kept.
describe.skipIf(!chromiumAvailable())('My profile (npm start, Chromium)', () => {
  const env = useDemoAndBrowser();

  it('saves name, phone, company, language and a custom field; after a reload they are kept and the name is split', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, env.demo.user);

    const details = page.getByRole('region', { name: 'Profile details' });
    const field = (label: string) => details.getByLabel(label, { exact: true });
    expect(await field('Name').inputValue()).toBe('Grace Hopper');
    await field('Name').fill('Grace Brewster Hopper');
    await field('Phone').fill('+1 212 555 0143');
    await field('Company').fill('Eckert–Mauchly Computer Corporation');
    await field('Language').fill('en-GB');
    await details.getByText('You have unsaved changes.').waitFor();
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await details.getByRole('status').getByText('Your profile is saved.').waitFor();
    // The form took the saved profile in: the server split the new name.
    expect(await field('Given name').inputValue()).toBe('Grace');
    expect(await field('Family name').inputValue()).toBe('Brewster Hopper');

    const more = page.getByRole('region', { name: 'More about you' });
    await more.getByLabel('Industry', { exact: true }).fill('Computing');
    await more.getByLabel('Height', { exact: true }).fill('168');
    await more.getByRole('button', { name: 'Save', exact: true }).click();
    await more.getByRole('status').getByText('Saved', { exact: true }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await eventually(() => field('Name').inputValue(), 'Grace Brewster Hopper');
    expect(await field('Given name').inputValue()).toBe('Grace');
    expect(await field('Family name').inputValue()).toBe('Brewster Hopper');
    expect(await field('Phone').inputValue()).toBe('+1 212 555 0143');
    expect(await field('Company').inputValue()).toBe('Eckert–Mauchly Computer Corporation');
    expect(await field('Language').inputValue()).toBe('en-GB');
    expect(await more.getByLabel('Industry', { exact: true }).inputValue()).toBe('Computing');
    expect(await more.getByLabel('Height', { exact: true }).inputValue()).toBe('168');
    // The header follows the profile.
    await page.getByRole('banner').getByText('Grace Brewster Hopper', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a wrong phone number is refused on its field and nothing is saved', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    await signIn(page, env.demo.user);
    const details = page.getByRole('region', { name: 'Profile details' });
    const phone = details.getByLabel('Phone', { exact: true });
    await phone.fill('call me maybe');
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => phone.getAttribute('aria-invalid'), 'true');
    await details.getByRole('alert').getByText('Check the highlighted fields and save again.').waitFor();
    expect(await phone.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.reload();
    await eventually(() => page.getByRole('region', { name: 'Profile details' }).getByLabel('Phone', { exact: true }).inputValue(), '+1 212 555 0143');
    await context.close();
  });

  it('toggles notification switches that persist; a mandatory topic cannot be turned off', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, env.demo.user);
    const prefs = page.getByRole('region', { name: 'Notifications' });
    const sw = (name: string) => prefs.getByRole('switch', { name, exact: true });

    expect(await sw('Workout reminders by SMS').isChecked()).toBe(true);
    expect(await sw('Offers by Email').isChecked()).toBe(false);
    await sw('Workout reminders by SMS').click();
    await prefs.getByRole('status').getByText('Saved', { exact: true }).waitFor();
    await sw('Offers by Email').click();
    await eventually(() => sw('Offers by Email').getAttribute('aria-busy'), null);
    await prefs.getByRole('status').getByText('Saved', { exact: true }).waitFor();

    // Mandatory: on, read-only with its reason, and a click changes nothing.
    const security = sw('Security alerts by Email');
    expect(await security.isChecked()).toBe(true);
    expect(await security.getAttribute('aria-readonly')).toBe('true');
    await security.click();
    expect(await security.isChecked()).toBe(true);
    await prefs.getByText('Always on: these notices keep the account safe.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await eventually(() => sw('Workout reminders by SMS').isChecked(), false);
    expect(await sw('Offers by Email').isChecked()).toBe(true);
    expect(await sw('Workout reminders by Email').isChecked()).toBe(true);
    expect(await sw('Security alerts by Email').isChecked()).toBe(true);
    expect(await sw('Security alerts by SMS').isChecked()).toBe(true);

    // Nor can it be turned off behind the page's back: the server refuses it.
    const refused = await page.evaluate(async () => {
      const me = await fetch('/api/profile/me');
      const response = await fetch('/api/profile/me', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-profilekit': '1', 'if-match': me.headers.get('etag') ?? '' },
        body: JSON.stringify({ notifications: { email: { security: false } } }),
      });
      return { status: response.status, body: (await response.json()) as { error?: { code?: string } } };
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error?.code).toBe('validation');
    await page.reload();
    await eventually(() => sw('Security alerts by Email').isChecked(), true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
