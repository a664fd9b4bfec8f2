import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineProfileConfig, ProfileError, type ProfileAdapter } from '../../../src/core';
import { AdminUserDetail, fr } from '../../../src/react';
import { exampleConfigInput } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, gated, useMswServer } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { captureDownloads } from '../../support/downloads';
import { renderWithProfileKit } from '../../support/render';
import { ADA, GRACE, renderDetail } from './support';

useMswServer();

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => downloads.restore());

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-23T10:00:00.000Z');
const when = (ms: number, locale = 'en') => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
const actions = () => screen.findByRole('group', { name: 'Account actions for Grace Hopper' }, { timeout: 5000 });
const status = () => componentRoot('admin-user-detail').querySelector('.pk-live[role="status"]');
const part = () => componentRoot('admin-user-detail').querySelector<HTMLElement>('.pk-account-actions')!;

/** Opens a step's dialog from its button; returns the dialog. */
async function openStep(user: ReturnType<typeof renderWithProfileKit>['user'], name: string) {
  await user.click(within(await actions()).getByRole('button', { name }));
  return screen.findByRole('alertdialog', {}, { timeout: 5000 });
}

describe.each(BACKEND_KINDS)('AdminUserDetail account actions over %s', (kind) => {
  it('suspends with a reason (required): the head says so with the reason, Reactivate… takes its place, the history has it', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const dialog = await openStep(user, 'Suspend…');
    expect(dialog).toHaveAccessibleName('Suspend Grace Hopper?');
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveAccessibleDescription(/Give a reason\./);
    await user.type(reason, 'x'.repeat(501));
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(reason).toHaveAccessibleDescription(/At most 500 characters/);
    await user.clear(reason);
    expect((await b.admin.getUser(GRACE)).status).toBe('active');
    await user.type(reason, 'Checking a report');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(status()).toHaveTextContent('Grace Hopper suspended.'));
    const head = await screen.findByRole('group', { name: `This account is suspended since ${when(NOW)}.` });
    expect(head).toHaveTextContent('Reason: Checking a report');
    expect(within(await actions()).getByRole('button', { name: 'Reactivate…' })).toBeInTheDocument();
    expect(within(await actions()).queryByRole('button', { name: 'Suspend…' })).not.toBeInTheDocument();
    // The same button, now Reactivate…, keeps the focus.
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Account actions for Grace Hopper' })).getByRole('button', { name: 'Reactivate…' })).toHaveFocus());
    expect(await b.admin.getUser(GRACE)).toMatchObject({ status: 'suspended', suspension: { reason: 'Checking a report' } });
    expect(await within(screen.getByRole('region', { name: 'History' })).findByText(/^Account suspended by you$/)).toBeInTheDocument();
    await expectNoAxeViolations();

    const confirm = await openStep(user, 'Reactivate…');
    await user.click(within(confirm).getByRole('button', { name: 'Reactivate' }));
    await waitFor(() => expect(status()).toHaveTextContent('Grace Hopper reactivated.'));
    expect((await b.admin.getUser(GRACE)).status).toBe('active');
    await waitFor(() => expect(screen.queryByRole('group', { name: /suspended since/ })).not.toBeInTheDocument());
  });

  it('schedules a deletion (the default), shows its date in the head, and cancels it', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const dialog = await openStep(user, 'Delete…');
    expect(within(dialog).getByRole('radio', { name: /^In 14 days: they are told/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const purgeAt = NOW + 14 * DAY;
    await waitFor(() => expect(status()).toHaveTextContent(`Erasure of Grace Hopper scheduled for ${when(purgeAt)}.`));
    expect(await screen.findByRole('group', { name: `This account will be erased on ${when(purgeAt)}.` })).toBeInTheDocument();
    expect(componentRoot('admin-user-detail')).toHaveAttribute('data-state', 'ready');
    expect(b.backend.mailer.messages().some((mail) => mail.kind === 'account-deletion-scheduled')).toBe(true);
    const cancel = await openStep(user, 'Cancel deletion…');
    expect(cancel).toHaveAccessibleName('Cancel the erasure of Grace Hopper?');
    await user.click(within(cancel).getByRole('button', { name: 'Keep the account' }));
    await waitFor(() => expect(status()).toHaveTextContent('Erasure of Grace Hopper cancelled.'));
    expect(await b.admin.getUser(GRACE)).toMatchObject({ status: 'active', purgeAt: null });
  });

  it('deletes at once: the screen says the account is erased (focus there), tells the host, keeps the history', async () => {
    const b = await createComponentBackend(kind);
    const onDeleted = vi.fn();
    const { user } = renderWithProfileKit(<AdminUserDetail userId={GRACE} onDeleted={onDeleted} />, { adapter: b.admin });
    const dialog = await openStep(user, 'Delete…');
    await user.click(within(dialog).getByRole('radio', { name: 'Now: erased at once, this cannot be undone' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const note = await screen.findByText('This account has been erased. Its history stays for the record.');
    await waitFor(() => expect(note).toHaveFocus());
    expect(onDeleted).toHaveBeenCalledWith(GRACE);
    expect(componentRoot('admin-user-detail')).toHaveAttribute('data-state', 'erased');
    expect(screen.queryByRole('region', { name: 'Account' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'History' })).findByText(/^Account erased by you$/)).toBeInTheDocument();
    await expect(b.admin.getUser(GRACE)).rejects.toMatchObject({ code: 'not_found' });
    await expectNoAxeViolations();
  });

  it('downloads the account’s data after a confirmation: a dated file with its content', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const dialog = await openStep(user, 'Download data');
    expect(dialog).toHaveAccessibleName('Download the data of Grace Hopper?');
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(status()).toHaveTextContent('Downloaded profilekit-export-user-grace-2026-11-23.json.'));
    expect(downloads.files.map((file) => file.name)).toEqual(['profilekit-export-user-grace-2026-11-23.json']);
    expect(await downloads.json()).toMatchObject({ format: 'profilekit.account-export', account: { id: GRACE }, main: { email: 'grace@example.com' } });
    expect(await within(screen.getByRole('region', { name: 'History' })).findByText(/^Data exported by you$/)).toBeInTheDocument();
  });
});

describe('AdminUserDetail account actions: states and failures', () => {
  it('the head shows a state set elsewhere: suspended with its reason, and pending deletion with its date', async () => {
    const b = await createComponentBackend('memory');
    await b.admin.suspendUser(GRACE, { reason: 'Unpaid invoices' });
    const { purgeAt } = await b.admin.deleteUser(GRACE, { mode: 'scheduled' });
    await renderDetail(b.admin);
    const head = await screen.findByRole('group', { name: `This account is suspended since ${when(NOW)}.` });
    expect(head).toHaveTextContent('Reason: Unpaid invoices');
    expect(head).toHaveTextContent(`This account will be erased on ${when(Date.parse(purgeAt))}.`);
    expect(within(await actions()).getByRole('button', { name: 'Reactivate…' })).toBeInTheDocument();
    expect(within(await actions()).getByRole('button', { name: 'Cancel deletion…' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('busy while a step runs: the dialog stays, its button says so and stays put, the actions are inert; then it closes', async () => {
    const b = await createComponentBackend('memory');
    const { adapter, release } = gated(b.admin, 'reactivateUser');
    await b.admin.suspendUser(GRACE, { reason: 'x' });
    const { user } = await renderDetail(adapter);
    const dialog = await openStep(user, 'Reactivate…');
    await user.click(within(dialog).getByRole('button', { name: 'Reactivate' }));
    const busy = await within(dialog).findByRole('button', { name: 'Working…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveFocus();
    expect(part()).toHaveAttribute('data-state', 'busy');
    expect(part().querySelector('[data-pk-step="delete"]')).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    await expectNoAxeViolations();
    release();
    await waitFor(() => expect(status()).toHaveTextContent('Grace Hopper reactivated.'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(part()).toHaveAttribute('data-state', 'idle');
  });

  it('another admin acted first (invalid_state): said by its id, and the real state shown', async () => {
    const b = await createComponentBackend('memory');
    const { user } = await renderDetail(b.admin);
    await actions();
    await b.admin.suspendUser(GRACE, { reason: 'Someone else' }); // another admin, meanwhile
    const dialog = await openStep(user, 'Suspend…');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Me too');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The account is already suspended');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('group', { name: /^This account is suspended since/ })).toHaveTextContent('Reason: Someone else');
    expect(within(await actions()).getByRole('button', { name: 'Reactivate…' })).toBeInTheDocument();
  });

  it.each([
    ['rate limited', 'exportUser', new ProfileError('rate_limited', 'slow', { retryAfter: 120 }), 'Download data', 'Download', 'Too many attempts. Try again in 2 minutes.'],
    ['a suspended admin', 'suspendUser', new ProfileError('account_suspended', 'suspended'), 'Suspend…', 'Suspend', 'This account is suspended.'],
    ['offline', 'deleteUser', new ProfileError('unavailable', 'offline'), 'Delete…', 'Delete', 'Cannot reach the server. Check your connection and try again.'],
  ] as const)('%s: an alert in the dialog, which stays open; nothing changed', async (_, method, error, button, confirm, message) => {
    const b = await createComponentBackend('memory');
    const { user } = await renderDetail(failing(b.admin, method as keyof ProfileAdapter, error));
    const dialog = await openStep(user, button);
    if (method === 'suspendUser') await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'A reason');
    await user.click(within(dialog).getByRole('button', { name: confirm }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(part()).toHaveAttribute('data-state', 'failed');
    expect(await b.admin.getUser(GRACE)).toMatchObject({ status: 'active', purgeAt: null });
    expect(downloads.files).toEqual([]);
    await expectNoAxeViolations();
  });

  it('with the keyboard: Enter opens, Escape closes with focus back, Enter in the reason suspends', async () => {
    const b = await createComponentBackend('memory');
    const { user } = await renderDetail(b.admin);
    const suspend = within(await actions()).getByRole('button', { name: 'Suspend…' });
    suspend.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(suspend).toHaveFocus());
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog');
    expect(within(again).getByRole('textbox', { name: 'Reason' })).toHaveValue('');
    await waitFor(() => expect(within(again).getByRole('textbox', { name: 'Reason' })).toHaveFocus());
    await user.keyboard('Spam{Enter}');
    await waitFor(() => expect(status()).toHaveTextContent('Grace Hopper suspended.'));
    expect((await b.admin.getUser(GRACE)).suspension?.reason).toBe('Spam');
  });

  it('offers nothing on the admin’s own account, nor what the config keeps to other roles', async () => {
    const b = await createComponentBackend('memory');
    const { unmount } = await renderDetail(b.admin, { userId: ADA });
    await waitFor(() => expect(componentRoot('admin-user-detail').querySelector('.pk-account-actions')).not.toBeNull());
    expect(screen.queryByRole('group', { name: /^Account actions/ })).not.toBeInTheDocument();
    unmount();
    const config = defineProfileConfig({ ...exampleConfigInput, lifecycle: { export: ['self'], delete: ['self'], suspend: ['owner'] } });
    const c = await createComponentBackend('memory', { config });
    await renderDetail(c.admin);
    await waitFor(() => expect(componentRoot('admin-user-detail').querySelector('.pk-account-actions')).not.toBeNull());
    expect(screen.queryByRole('group', { name: /^Account actions/ })).not.toBeInTheDocument();
  });

  it('in French: the actions, the dialogs and the state', async () => {
    const b = await createComponentBackend('memory');
    await b.admin.suspendUser(GRACE, { reason: 'Vérification' });
    const { user } = await renderDetail(b.admin, { messages: fr, locale: 'fr' });
    expect(await screen.findByRole('group', { name: `Ce compte est suspendu depuis le ${when(NOW, 'fr')}.` })).toHaveTextContent('Motif : Vérification');
    const group = await screen.findByRole('group', { name: 'Actions sur le compte de Grace Hopper' });
    await user.click(within(group).getByRole('button', { name: 'Supprimer…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Supprimer Grace Hopper ?' });
    expect(within(dialog).getByRole('radio', { name: /^Dans 14\sjours/ })).toBeChecked();
    await expectNoAxeViolations();
  });
});
