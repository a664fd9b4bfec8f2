import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defineProfileConfig, ProfileError, type ProfileAdapter } from '../../../src/core';
import { DeleteAccount, fr, ProfileForm } from '../../../src/react';
import { exampleAccounts, exampleConfigInput, exampleViewers } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, gated, hanging, useMswServer } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { renderWithProfileKit, type RenderOptions } from '../../support/render';

useMswServer();
vi.setConfig({ testTimeout: 20_000 });

const PASSWORD = exampleAccounts.user.password;
const DAY = 86_400_000;
const when = (iso: string, locale = 'en') => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

async function renderDelete(adapter: ProfileAdapter, options: Omit<RenderOptions, 'adapter'> = {}) {
  const callbacks = { onErased: vi.fn(), onScheduled: vi.fn(), onCancelled: vi.fn() };
  const result = renderWithProfileKit(<DeleteAccount className="host-delete" {...callbacks} />, { adapter, ...options });
  const opener = await screen.findByRole('button', { name: options.messages === fr ? 'Supprimer mon compte…' : 'Delete my account…' }, { timeout: 5000 });
  return { ...result, ...callbacks, opener, root: () => componentRoot('delete-account') };
}

/** Opens the form and fills it: the typed word, then the password. */
async function fill(user: ReturnType<typeof renderWithProfileKit>['user'], word: string, password = PASSWORD) {
  await user.click(screen.getByRole('button', { name: 'Delete my account…' }));
  await user.type(screen.getByRole('textbox', { name: 'Type DELETE to confirm' }), word);
  if (password) await user.type(screen.getByLabelText('Current password'), password);
}

describe.each(BACKEND_KINDS)('DeleteAccount over %s', (kind) => {
  it('loads, then says what deleting means (the grace period in words) behind a button', async () => {
    const b = await createComponentBackend(kind);
    const { unmount } = renderWithProfileKit(<DeleteAccount />, { adapter: hanging(b.user, 'getProfile') });
    expect(componentRoot('delete-account')).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    unmount();
    const { opener, root } = await renderDelete(b.user);
    expect(root()).toHaveClass('pk-root', 'pk-delete-account', 'host-delete');
    expect(root()).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('heading', { level: 2, name: 'Delete account' })).toBeInTheDocument();
    expect(screen.getByText(/erased 14 days after you confirm/)).toBeInTheDocument();
    expect(opener).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations();
  });

  it('schedules the erasure with the typed word and the password: the date in the viewer’s locale, focus on it, a mail sent', async () => {
    const b = await createComponentBackend(kind);
    const { user, root, onScheduled } = await renderDelete(b.user);
    await fill(user, 'DELETE');
    expect(root()).toHaveAttribute('data-state', 'confirming');
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const purgeAt = new Date(Date.parse('2026-11-23T10:00:00.000Z') + 14 * DAY).toISOString();
    const panel = await screen.findByRole('group', { name: `Your account will be erased on ${when(purgeAt)}.` });
    await waitFor(() => expect(panel).toHaveFocus());
    expect(root()).toHaveAttribute('data-state', 'scheduled');
    expect(onScheduled).toHaveBeenCalledWith({ purgeAt, erased: false });
    expect(await b.user.getProfile()).toMatchObject({ status: 'pending_deletion', purgeAt });
    expect(b.backend.mailer.messages().map((mail) => mail.kind)).toContain('account-deletion-scheduled');
    await expectNoAxeViolations();
  });

  it('the typed word cannot be bypassed: the button stays inert, Enter says what is missing, nothing is sent until it matches (any case)', async () => {
    const b = await createComponentBackend(kind);
    const schedule = vi.spyOn(b.user, 'scheduleDeletion');
    const { user } = await renderDelete(b.user);
    await fill(user, 'DELET');
    const submit = screen.getByRole('button', { name: 'Delete my account' });
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    await user.click(submit);
    await user.keyboard('{Enter}'); // in the password field
    const word = screen.getByRole('textbox', { name: 'Type DELETE to confirm' });
    expect(await screen.findByText('Type DELETE to confirm.')).toBeInTheDocument();
    expect(word).toHaveAttribute('aria-invalid', 'true');
    expect(word).toHaveFocus();
    await user.type(word, 'X');
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    await user.click(submit);
    expect(schedule).not.toHaveBeenCalled();
    expect((await b.user.getProfile()).status).toBe('active');
    await user.clear(word);
    await user.type(word, '  delete ');
    expect(submit).not.toHaveAttribute('aria-disabled');
    await user.click(submit);
    await screen.findByRole('group', { name: /^Your account will be erased on / });
    expect(schedule).toHaveBeenCalledTimes(1);
  });

  it('a wrong password lands on the password field, which gets focus; nothing is scheduled', async () => {
    const b = await createComponentBackend(kind);
    const { user, root } = await renderDelete(b.user);
    await fill(user, 'DELETE', 'Not-My-Password-11');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const password = screen.getByLabelText('Current password');
    await waitFor(() => expect(password).toHaveAccessibleDescription('The current password is not correct'));
    expect(password).toHaveFocus();
    expect(root()).toHaveAttribute('data-state', 'confirming');
    expect((await b.user.getProfile()).status).toBe('active');
    await expectNoAxeViolations();
  });

  it('cancels with the password (a wrong one first): the account stays, the status says so', async () => {
    const b = await createComponentBackend(kind);
    await b.user.scheduleDeletion({ currentPassword: PASSWORD });
    const onCancelled = vi.fn();
    const { user } = renderWithProfileKit(<DeleteAccount onCancelled={onCancelled} />, { adapter: b.user });
    await screen.findByRole('group', { name: /^Your account will be erased on / });
    const password = screen.getByLabelText('Current password');
    await user.type(password, 'Wrong-Guess-Number-1');
    await user.click(screen.getByRole('button', { name: 'Keep my account' }));
    await waitFor(() => expect(password).toHaveAccessibleDescription(/The current password is not correct/));
    await user.clear(password);
    await user.type(password, `${PASSWORD}{Enter}`);
    expect(await screen.findByText('The deletion is cancelled: your account stays.')).toBeInTheDocument();
    expect(componentRoot('delete-account')).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(await b.user.getProfile()).toMatchObject({ status: 'active', purgeAt: null });
    expect(onCancelled).toHaveBeenCalledWith(expect.objectContaining({ status: 'active', purgeAt: null }));
    await expectNoAxeViolations();
  });

  it('with a grace period of 0 the account is erased at once: it says so and calls onErased', async () => {
    const b = await createComponentBackend(kind, { deletionGracePeriodMs: 0 });
    const { user, root, onErased, onScheduled } = await renderDelete(b.user);
    expect(screen.getByText(/erased at once\. This cannot be undone\./)).toBeInTheDocument();
    await fill(user, 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const notice = await screen.findByText('Your account has been erased.');
    await waitFor(() => expect(notice).toHaveFocus());
    expect(root()).toHaveAttribute('data-state', 'erased');
    expect(onErased).toHaveBeenCalledTimes(1);
    expect(onScheduled).not.toHaveBeenCalled();
    expect(await b.backend.store.getAccount(exampleAccounts.user.id)).toBeNull();
    await expectNoAxeViolations();
  });
});

describe('DeleteAccount: failures and states', () => {
  it('busy while the request runs: the button says so and stays put, the root is aria-busy', async () => {
    const b = await createComponentBackend('memory');
    const { adapter, release } = gated(b.user, 'scheduleDeletion');
    const { user, root } = await renderDelete(adapter);
    await fill(user, 'DELETE');
    const submit = screen.getByRole('button', { name: 'Delete my account' });
    await user.click(submit);
    expect(await screen.findByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-disabled', 'true');
    expect(root()).toHaveAttribute('data-state', 'deleting');
    expect(root()).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations();
    release();
    await screen.findByRole('group', { name: /^Your account will be erased on / });
  });

  it('rate limited after repeated wrong passwords: the wait in words, in an alert', async () => {
    const b = await createComponentBackend('memory');
    for (let i = 0; i < 5; i++) await b.user.changePassword({ currentPassword: `Wrong-${i}-Guess-Long`, newPassword: 'Velvet-Orbit-Canyon-92' }).catch(() => undefined);
    const { user, root } = await renderDelete(b.user);
    await fill(user, 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 15 minutes.');
    expect(root()).toHaveAttribute('data-state', 'failed');
    await expectNoAxeViolations();
  });

  it('a deletion already scheduled elsewhere (invalid_state): said by its id, and the real state shown', async () => {
    const b = await createComponentBackend('memory');
    const { user } = await renderDelete(b.user);
    await b.user.scheduleDeletion({ currentPassword: PASSWORD }); // another tab
    await fill(user, 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The account is already scheduled for erasure');
    await screen.findByRole('group', { name: /^Your account will be erased on / });
  });

  it('a suspended account: the refusal says so', async () => {
    const b = await createComponentBackend('memory');
    await b.admin.suspendUser(exampleViewers.user.userId, { reason: 'Checking a report' });
    const { user } = await renderDelete(b.user);
    await fill(user, 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This account is suspended.');
    expect((await b.user.getProfile()).purgeAt).toBeNull();
  });

  it('a network failure: an alert, the form kept to try again', async () => {
    const b = await createComponentBackend('memory');
    const adapter = failing(b.user, 'scheduleDeletion', new ProfileError('unavailable', 'offline'), { times: 1 });
    const { user } = await renderDelete(adapter);
    await fill(user, 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server. Check your connection and try again.');
    expect(screen.getByRole('textbox', { name: 'Type DELETE to confirm' })).toHaveValue('DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await screen.findByRole('group', { name: /^Your account will be erased on / });
  });

  it('Cancel closes the form, clears it and puts focus back on the button', async () => {
    const b = await createComponentBackend('memory');
    const { user } = await renderDelete(b.user);
    await fill(user, 'DEL');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const opener = screen.getByRole('button', { name: 'Delete my account…' });
    await waitFor(() => expect(opener).toHaveFocus());
    await user.click(opener);
    expect(screen.getByRole('textbox', { name: 'Type DELETE to confirm' })).toHaveValue('');
  });

  it('works with the keyboard alone', async () => {
    const b = await createComponentBackend('memory');
    const { user, opener } = await renderDelete(b.user);
    await user.tab();
    expect(opener).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Type DELETE to confirm' })).toHaveFocus());
    await user.keyboard('DELETE');
    await user.tab();
    expect(screen.getByLabelText('Current password')).toHaveFocus();
    await user.keyboard(`${PASSWORD}{Enter}`);
    const panel = await screen.findByRole('group', { name: /^Your account will be erased on / });
    await waitFor(() => expect(panel).toHaveFocus());
  });

  it('renders nothing when the config keeps deletion to admins, unless an erasure is pending (it can be cancelled)', async () => {
    const config = defineProfileConfig({ ...exampleConfigInput, lifecycle: { delete: ['admin'] } });
    const b = await createComponentBackend('memory', { config });
    const { container, unmount } = renderWithProfileKit(<DeleteAccount />, { adapter: b.user });
    await waitFor(() => expect(container.querySelector('[data-pk-component="delete-account"]')).toBeNull());
    await waitFor(() => expect(container).toBeEmptyDOMElement());
    unmount();
    await b.admin.deleteUser(exampleViewers.user.userId, { mode: 'scheduled' });
    renderWithProfileKit(<DeleteAccount />, { adapter: b.user });
    await screen.findByRole('group', { name: /^Your account will be erased on / });
  });

  it('in French: the word to type, the grace period and the date in French', async () => {
    const b = await createComponentBackend('memory');
    const { user } = await renderDelete(b.user, { messages: fr, locale: 'fr' });
    expect(screen.getByRole('heading', { name: 'Supprimer le compte' })).toBeInTheDocument();
    expect(screen.getByText(/effacés 14 jours après votre confirmation/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte…' }));
    await user.type(screen.getByRole('textbox', { name: 'Saisissez SUPPRIMER pour confirmer' }), 'DELETE');
    await user.type(screen.getByLabelText('Mot de passe actuel'), `${PASSWORD}{Enter}`);
    expect(await screen.findByText('Saisissez SUPPRIMER pour confirmer.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Saisissez SUPPRIMER pour confirmer' }));
    await user.type(screen.getByRole('textbox', { name: 'Saisissez SUPPRIMER pour confirmer' }), 'supprimer');
    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte' }));
    const purgeAt = new Date(Date.parse('2026-11-23T10:00:00.000Z') + 14 * DAY).toISOString();
    expect(await screen.findByRole('group', { name: `Votre compte sera effacé le ${when(purgeAt, 'fr')}.` })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('ProfileForm beside it shows the pending deletion at the top, and drops it once cancelled', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(
      <>
        <ProfileForm />
        <DeleteAccount />
      </>,
      { adapter: b.user },
    );
    await screen.findByRole('button', { name: 'Delete my account…' }, { timeout: 5000 });
    await fill(user, 'DELETE');
    await user.click(await screen.findByRole('button', { name: 'Delete my account' }));
    const form = componentRoot('profile-form');
    const banner = await within(form).findByRole('group', { name: /^Your account will be erased on / });
    expect(banner).toHaveTextContent('To keep it, cancel the deletion under “Delete account”.');
    await user.type(within(componentRoot('delete-account')).getByLabelText('Current password'), `${PASSWORD}{Enter}`);
    await waitFor(() => expect(within(form).queryByRole('group', { name: /erased/ })).not.toBeInTheDocument());
  });
});
