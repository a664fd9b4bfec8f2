import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { expectNoAxeViolations } from '../support/axe';
import { eventually, openUser, screenshots, twoSignedIn, useDemoAndBrowser } from './support/browser';

const CONFLICT = 'This profile changed while you were editing';

/** The conflict dialog's table, row by row: [field, their value, your value]. */
async function conflictRows(page: Page) {
  const rows = page.getByRole('alertdialog', { name: CONFLICT }).getByRole('row');
  const out: string[][] = [];
  const count = await rows.count();
  for (let i = 1; i < count; i++) {
    const row = rows.nth(i);
    out.push([(await row.getByRole('rowheader').textContent()) ?? '', ...(await row.getByRole('cell').allTextContents())]);
  }
  return out;
}

// Two browsers edit the same user from the same version: the second to save is never silently
// overwritten nor silently overwrites; it sees both values and chooses.
describe.skipIf(!chromiumAvailable())('two people editing the same profile (npm start, Chromium)', () => {
  const env = useDemoAndBrowser();

  it('the second save from the same version opens the conflict dialog: "Keep theirs" takes the other change', async () => {
    const { pages: [a, b], errors, close } = await twoSignedIn(env, env.demo.user, env.demo.user);
    const company = (page: Page) => page.getByRole('region', { name: 'Profile details' }).getByLabel('Company', { exact: true });
    const save = (page: Page) => page.getByRole('region', { name: 'Profile details' }).getByRole('button', { name: 'Save', exact: true });

    await company(a).fill('Remington Rand');
    await save(a).click();
    await a.getByText('Your profile is saved.').waitFor();

    await company(b).fill('UNIVAC Division');
    await save(b).click();
    const dialog = b.getByRole('alertdialog', { name: CONFLICT });
    await dialog.waitFor();
    expect(await conflictRows(b)).toEqual([['Company', 'Remington Rand', 'UNIVAC Division']]);
    await expectNoAxeViolations(b, { what: 'the conflict dialog' });
    await screenshots(b, 'conflict-dialog', { dialog: true });

    await dialog.getByRole('button', { name: 'Keep theirs' }).click();
    await eventually(() => dialog.count(), 0);
    await eventually(() => company(b).inputValue(), 'Remington Rand');
    await b.getByText('Kept the other change; yours was discarded.').waitFor();
    await b.reload();
    await eventually(() => company(b).inputValue(), 'Remington Rand');
    expect(errors).toEqual([]);
    await close();
  });

  it('an admin editing in place after the user saved: the dialog, then "Overwrite with mine" wins', async () => {
    const { pages: [user, admin], errors, close } = await twoSignedIn(env, env.demo.user, env.demo.admin);
    const detail = await openUser(admin, 'user@example.com', 'Grace Hopper');

    const phone = user.getByRole('region', { name: 'Profile details' }).getByLabel('Phone', { exact: true });
    await phone.fill('+1 212 555 0100');
    await user.getByRole('region', { name: 'Profile details' }).getByRole('button', { name: 'Save', exact: true }).click();
    await user.getByText('Your profile is saved.').waitFor();

    await detail.getByRole('button', { name: 'Edit Phone, Not set' }).click();
    await admin.keyboard.type('+1 212 555 0199');
    await admin.keyboard.press('Enter');
    const dialog = admin.getByRole('alertdialog', { name: CONFLICT });
    await dialog.waitFor();
    expect(await conflictRows(admin)).toEqual([['Phone', '+1 212 555 0100', '+1 212 555 0199']]);
    await expectNoAxeViolations(admin, { what: 'the conflict dialog over the admin page' });

    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await eventually(() => dialog.count(), 0);
    await detail.getByRole('button', { name: 'Edit Phone, +1 212 555 0199' }).waitFor();
    await user.reload();
    await eventually(() => phone.inputValue(), '+1 212 555 0199');

    // The history shows both saves, each with its own before and after.
    const history = detail.getByRole('region', { name: 'History' });
    await history.getByText('Phone: +1 212 555 0100 → +1 212 555 0199', { exact: true }).waitFor();
    await history.getByText('Phone: Not set → +1 212 555 0100', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
