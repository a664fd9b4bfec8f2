import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { eventually, newVisitor, openUser, signIn, useDemoAndBrowser, watchForErrors } from './support/browser';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe.skipIf(!chromiumAvailable())('the admin page (npm start, Chromium)', () => {
  const env = useDemoAndBrowser();

  it('edits fields in place (Enter saves, Escape cancels), sets a verified email, and the history has one entry per save with before and after', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, env.demo.admin);
    const detail = await openUser(page, 'turing', 'Alan Turing');
    const status = detail.getByRole('status').filter({ hasText: /\S/ });
    const keyboard = page.keyboard;

    // Name: a click opens it with the text selected; typing replaces it; Enter saves.
    await detail.getByRole('button', { name: 'Edit Name, Alan Turing' }).click();
    const nameInput = detail.getByRole('textbox', { name: 'Name', exact: true });
    await eventually(() => isFocused(nameInput), true);
    await keyboard.type('Alan Mathison Turing');
    await keyboard.press('Enter');
    const nameButton = detail.getByRole('button', { name: 'Edit Name, Alan Mathison Turing' });
    await nameButton.waitFor();
    await eventually(() => status.textContent(), 'Name saved.');
    await eventually(() => isFocused(nameButton), true);
    // The server split the new name.
    await detail.getByRole('button', { name: 'Edit Family name, Mathison Turing' }).waitFor();

    // Company: Escape cancels, nothing is saved, focus goes back to the value.
    const companyButton = detail.getByRole('button', { name: 'Edit Company, Bletchley Park' });
    await companyButton.click();
    await eventually(() => isFocused(detail.getByRole('textbox', { name: 'Company', exact: true })), true);
    await keyboard.type('Government Code and Cypher School');
    await keyboard.press('Escape');
    await eventually(() => isFocused(companyButton), true);
    expect(await detail.getByRole('textbox', { name: 'Company', exact: true }).count()).toBe(0);

    // Phone: opened with the keyboard (Enter on the value), Enter saves.
    const phoneButton = detail.getByRole('button', { name: 'Edit Phone, Not set' });
    await phoneButton.focus();
    await keyboard.press('Enter');
    await eventually(() => isFocused(detail.getByRole('textbox', { name: 'Phone', exact: true })), true);
    await keyboard.type('+44 20 7946 0000');
    await keyboard.press('Enter');
    await detail.getByRole('button', { name: 'Edit Phone, +44 20 7946 0000' }).waitFor();
    await eventually(() => status.textContent(), 'Phone saved.');

    // A custom field.
    await detail.getByRole('button', { name: 'Edit Industry, Not set' }).click();
    await eventually(() => isFocused(detail.getByRole('textbox', { name: 'Industry', exact: true })), true);
    await keyboard.type('Cryptanalysis');
    await keyboard.press('Enter');
    await detail.getByRole('button', { name: 'Edit Industry, Cryptanalysis' }).waitFor();
    await eventually(() => status.textContent(), 'Industry saved.');

    // A new email, marked verified: applied at once, no confirmation mail.
    await detail.getByRole('button', { name: 'Change email' }).click();
    const newEmail = detail.getByLabel('New email address');
    await eventually(() => isFocused(newEmail), true);
    await newEmail.fill('alan@turing.example');
    await detail.getByRole('switch', { name: 'Mark as verified' }).check();
    await detail.getByRole('button', { name: 'Change email' }).click();
    await eventually(() => status.textContent(), 'Email changed to alan@turing.example.');
    await detail.getByText('alan@turing.example', { exact: true }).waitFor();
    expect(await detail.getByText('Verified', { exact: true }).count()).toBe(1);
    expect((await env.demo.outbox()).filter((m) => m.to === 'alan@turing.example')).toEqual([]);

    // The history: newest first, one entry per save, each with its before and after; nothing for the cancelled edit.
    const history = detail.getByRole('region', { name: 'History' });
    const entries = history.getByRole('listitem').filter({ has: page.getByText(/ by (you|system)$/) });
    await eventually(() => entries.count(), 5);
    const entry = (i: number) => entries.nth(i);
    const changes = (i: number) => entry(i).getByRole('listitem').allTextContents();
    expect(await entry(0).getByText(/ by /).textContent()).toBe('Email set by an administrator by you');
    expect(await changes(0)).toContain('Email: alan.turing@example.com → alan@turing.example');
    expect(await entry(1).getByText(/ by /).textContent()).toBe('Profile updated by you');
    expect(await changes(1)).toEqual(['Industry: Not set → Cryptanalysis']);
    expect(await entry(2).getByText(/ by /).textContent()).toBe('Profile updated by you');
    expect(await changes(2)).toEqual(['Phone: Not set → +44 20 7946 0000']);
    expect(await entry(3).getByText(/ by /).textContent()).toBe('Profile updated by you');
    expect(await changes(3)).toEqual(['Name: Alan Turing → Alan Mathison Turing', 'Family name: Turing → Mathison Turing']);
    expect(await entry(4).getByText(/ by /).textContent()).toBe('Account created by system');
    expect(await history.getByText(/^Company: /).count()).toBe(1); // only in the creation entry

    // And all of it is stored.
    await page.reload();
    await detail.getByRole('heading', { level: 2, name: 'Alan Mathison Turing' }).waitFor();
    await detail.getByRole('button', { name: 'Edit Phone, +44 20 7946 0000' }).waitFor();
    await detail.getByRole('button', { name: 'Edit Company, Bletchley Park' }).waitFor();
    await detail.getByRole('button', { name: 'Edit Industry, Cryptanalysis' }).waitFor();
    await detail.getByText('alan@turing.example', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a regular user has no Admin page', async () => {
    const context = await newVisitor(env.browser, env.demo);
    const page = await context.newPage();
    await signIn(page, env.demo.user);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await page.goto('/#/admin');
    await page.getByRole('heading', { level: 1, name: 'Admins only' }).waitFor();
    expect(await page.getByRole('searchbox').count()).toBe(0);
    await context.close();
  });
});
