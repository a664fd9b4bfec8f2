import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/chromium';
import { eventually, newVisitor, openUser, screenshots, signIn, useDemoAndBrowser, watchForErrors } from './support/browser';

// The account lifecycle through the demo, as people do it: a user takes their data, schedules the
// erasure of their account, changes their mind, schedules it again and is erased by the purge,
// then signs up anew with the same address; an admin creates and invites someone, who accepts
// from the outbox and signs in, then suspends and reactivates them. A short grace period and a
// quick purge timer, so that the erasure happens within the test.
const GRACE_MS = 25_000;
const invitee = { email: 'ivy.invitee@example.com', name: 'Ivy Invitee', password: 'Marble-Kettle-Fjord-63' };

describe.skipIf(!chromiumAvailable())('the account lifecycle (npm start, Chromium)', () => {
  const env = useDemoAndBrowser({ env: { DELETION_GRACE_MS: String(GRACE_MS), PURGE_INTERVAL_MS: '300' } });

  /** My profile's danger zone: the word, the password, the button. */
  async function scheduleDeletion(page: Page, password: string) {
    const zone = page.getByRole('region', { name: 'Danger zone' });
    await zone.getByRole('button', { name: 'Delete my account…' }).click();
    await zone.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
    await zone.getByLabel('Current password', { exact: true }).fill(password);
    await zone.getByRole('button', { name: 'Delete my account', exact: true }).click();
    await zone.getByRole('group', { name: /^Your account will be erased on / }).waitFor();
    return zone;
  }

  it('a user downloads their data, schedules the erasure, cancels, schedules again; the purge erases the account and the address signs up anew', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const { email, password } = env.demo.user;
    await signIn(page, env.demo.user);

    // The export: a dated JSON file with the account in it.
    const data = page.getByRole('region', { name: 'Your data' });
    const [download] = await Promise.all([page.waitForEvent('download'), data.getByRole('button', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^profilekit-export-[\w-]+-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { format: string; version: number; main: { email: string; hasPassword: boolean } };
    expect(exported).toMatchObject({ format: 'profilekit.account-export', version: 1, main: { email, hasPassword: true } });
    expect(JSON.stringify(exported)).not.toContain(password);
    await data.getByText(`Downloaded ${download.suggestedFilename()}.`).waitFor();

    // Scheduled: the date in the danger zone and at the top of the profile form; then cancelled.
    const zone = await scheduleDeletion(page, password);
    await page.getByRole('region', { name: 'Profile details' }).getByRole('group', { name: /^Your account will be erased on / }).waitFor();
    await expectNoAxeViolations(page, { what: 'My profile with an erasure scheduled' });
    await screenshots(page, 'my-profile-deletion-scheduled');
    await zone.getByLabel('Current password', { exact: true }).fill(password);
    await zone.getByRole('button', { name: 'Keep my account' }).click();
    await zone.getByText('The deletion is cancelled: your account stays.').waitFor();
    expect(await page.getByRole('group', { name: /^Your account will be erased on / }).count()).toBe(0);

    // Scheduled again: this time the purge timer carries it out.
    await scheduleDeletion(page, password);
    await eventually(async () => (await env.demo.outbox()).some((mail) => mail.kind === 'account-erased' && mail.to === email), true, GRACE_MS + 30_000);
    // The erasure ended the session: the next page load signs out.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Wrong email or password.').waitFor();

    // The address is free: a new account with it.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await expectNoAxeViolations(page, { what: 'the sign-up page' });
    await screenshots(page, 'sign-up');
    await page.getByLabel('Name').fill('Grace Anew');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('Short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await eventually(() => page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Password', { exact: true }).fill('Velvet-Orbit-Canyon-92');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    const details = page.getByRole('region', { name: 'Profile details' });
    await eventually(() => details.getByLabel('Name', { exact: true }).inputValue(), 'Grace Anew');
    expect(await details.getByLabel('Email', { exact: true }).inputValue()).toBe(email);
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  it('an admin creates and invites a user, who accepts from the outbox and signs in; suspended, their sign-in and writes are refused; reactivated, they sign in', async () => {
    const adminContext = await newVisitor(env.browser, env.demo);
    const admin = await adminContext.newPage();
    const errors = watchForErrors(admin);
    await signIn(admin, env.demo.admin);

    // New user, invited: the list says so and the detail shows the account.
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await admin.getByRole('button', { name: 'New user' }).click();
    const dialog = admin.getByRole('alertdialog', { name: 'New user' });
    await dialog.getByRole('textbox', { name: 'Email' }).fill(invitee.email);
    await dialog.getByRole('textbox', { name: 'Name' }).fill(invitee.name);
    expect(await dialog.getByRole('checkbox', { name: 'Send an invitation' }).isChecked()).toBe(true);
    await expectNoAxeViolations(admin, { what: 'the New user dialog' });
    await screenshots(admin, 'admin-new-user-dialog', { dialog: true });
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await admin.getByText(`User ${invitee.email} created; an invitation was sent.`).waitFor();
    const detail = admin.getByRole('region', { name: 'Admin' });
    await detail.getByRole('heading', { level: 2, name: invitee.name }).waitFor();

    // The invitation, from the outbox: the library's page sets the password.
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    const mail = admin.getByRole('article').filter({ hasText: invitee.email }).filter({ has: admin.getByRole('link', { name: 'Open invitation link' }) });
    const [accept] = await Promise.all([adminContext.waitForEvent('page'), mail.getByRole('link', { name: 'Open invitation link' }).click()]);
    await accept.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    await expectNoAxeViolations(accept, { what: 'the invitation page' });
    await screenshots(accept, 'accept-invitation');
    await accept.getByLabel('New password').fill(invitee.password);
    await accept.getByLabel('Repeat the password').fill(invitee.password);
    await accept.getByRole('button', { name: 'Set password' }).click();
    await eventually(() => accept.getByRole('status').textContent(), `Done: you can now sign in as ${invitee.email}.`);
    await accept.close();

    // The invitee signs in.
    const userContext = await newVisitor(env.browser, env.demo);
    const user = await userContext.newPage();
    watchForErrors(user, errors);
    await signIn(user, invitee);

    // Suspended by the admin, with a reason.
    const suspended = await openUser(admin, 'ivy', invitee.name);
    await suspended.getByRole('button', { name: 'Suspend…' }).click();
    const suspend = admin.getByRole('alertdialog', { name: `Suspend ${invitee.name}?` });
    await suspend.getByRole('textbox', { name: 'Reason' }).fill('Checking a report');
    await expectNoAxeViolations(admin, { what: 'the suspend dialog' });
    await screenshots(admin, 'admin-suspend-dialog', { dialog: true });
    await suspend.getByRole('button', { name: 'Suspend', exact: true }).click();
    await suspended.getByRole('group', { name: /^This account is suspended since / }).waitFor();
    await expectNoAxeViolations(admin, { what: 'a suspended account on the admin page' });

    // Their open session reads why, and their writes are refused.
    await user.reload();
    const details = user.getByRole('region', { name: 'Profile details' });
    await details.getByRole('group', { name: 'Your account is suspended.' }).getByText('Reason: Checking a report').waitFor();
    await details.getByLabel('Company').fill('Somewhere');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByRole('alert').getByText('This account is suspended.').waitFor();
    // A new sign-in is refused.
    const refusedContext = await newVisitor(env.browser, env.demo);
    const refused = await refusedContext.newPage();
    await refused.goto('/');
    await refused.getByLabel('Email', { exact: true }).fill(invitee.email);
    await refused.getByLabel('Password', { exact: true }).fill(invitee.password);
    await refused.getByRole('button', { name: 'Sign in', exact: true }).click();
    await refused.getByRole('alert').getByText('This account is suspended. Ask an administrator.').waitFor();

    // Reactivated: they sign in again.
    await suspended.getByRole('button', { name: 'Reactivate…' }).click();
    await admin.getByRole('alertdialog', { name: `Reactivate ${invitee.name}?` }).getByRole('button', { name: 'Reactivate', exact: true }).click();
    await eventually(() => suspended.getByRole('group', { name: /^This account is suspended/ }).count(), 0);
    await refused.getByRole('button', { name: 'Sign in', exact: true }).click();
    await refused.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    expect(errors).toEqual([]);
    await Promise.all([adminContext.close(), userContext.close(), refusedContext.close()]);
  }, 150_000);
});
