import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EmailChange, ProfileForm } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing/fixtures/example-accounts';
import { BACKEND_KINDS, createComponentBackend, gated, hanging, useMswServer } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { renderWithProfileKit } from '../../support/render';

useMswServer();

const PASSWORD = exampleAccounts.user.password;
const NEW_EMAIL = 'grace.hopper@navy.example';

type User = ReturnType<typeof renderWithProfileKit>['user'];

async function requestChange(user: User, email: string, password = PASSWORD) {
  await user.click(await screen.findByRole('button', { name: 'Change email' }));
  const input = screen.getByLabelText('New email address');
  expect(input).toHaveFocus();
  await user.type(input, email);
  if (password) await user.type(screen.getByLabelText('Current password'), password);
  await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
}

function emailChangeStatus() {
  return within(componentRoot('email-change')).getByRole('status');
}

describe.each(BACKEND_KINDS)('Email change over %s', (kind) => {
  it('new address + current password: a link goes to the new address, the banner says so, the email stays', async () => {
    const b = await createComponentBackend(kind);
    const onRequested = vi.fn();
    const { user } = renderWithProfileKit(<EmailChange onRequested={onRequested} />, { adapter: b.user });
    expect(await screen.findByLabelText('Email')).toHaveValue('grace@example.com');
    expect(screen.getByText('Verified')).toBeInTheDocument();
    expect(screen.queryByLabelText('New email address')).not.toBeInTheDocument();
    await requestChange(user, NEW_EMAIL);
    const banner = await screen.findByRole('group', { name: `Confirm ${NEW_EMAIL}: we sent a link to it.` });
    expect(banner).toHaveTextContent('Your sign-in address stays grace@example.com until you open the link.');
    await waitFor(() => expect(banner).toHaveFocus());
    expect(emailChangeStatus()).toHaveTextContent(`We sent a confirmation link to ${NEW_EMAIL}.`);
    expect(componentRoot('email-change')).toHaveAttribute('data-state', 'pending');
    expect(onRequested).toHaveBeenCalledWith(expect.objectContaining({ pendingEmail: NEW_EMAIL }));
    const mail = b.backend.mailer.messages().filter((m) => m.kind === 'email-verification');
    expect(mail.map((m) => m.to)).toEqual([NEW_EMAIL]);
    expect(await b.user.getProfile()).toMatchObject({ email: 'grace@example.com', pendingEmail: NEW_EMAIL });
    expect(screen.getByLabelText('Email')).toHaveValue('grace@example.com');
  });

  it('inputs carry the browser hints: type=email and autocomplete=email, autocomplete=current-password', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: b.user });
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    expect(screen.getByLabelText('New email address')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('New email address')).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByLabelText('Current password')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('Current password')).toHaveAttribute('autocomplete', 'current-password');
  });

  it('an address another account holds: the error is on the email input, which gets focus', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: b.user });
    await requestChange(user, exampleAccounts.admin.email);
    const input = screen.getByLabelText('New email address');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('Another account already uses this email address.');
    expect(input).toHaveFocus();
    expect(screen.getByLabelText('Current password')).not.toHaveAttribute('aria-invalid');
    expect(b.backend.mailer.messages()).toEqual([]);
  });

  it('a wrong current password: the error is on the password input', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: b.user });
    await requestChange(user, NEW_EMAIL, 'not-my-password');
    const password = screen.getByLabelText('Current password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/The current password is not correct\./));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
    expect((await b.user.getProfile()).pendingEmail).toBeNull();
  });

  it('an address the core refuses is caught before sending', async () => {
    const b = await createComponentBackend(kind);
    const requests = vi.spyOn(b.user, 'requestEmailChange');
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: b.user });
    await requestChange(user, 'grace@', '');
    expect(screen.getByLabelText('New email address')).toHaveAccessibleDescription('Enter a valid email address');
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(/Required/);
    expect(screen.getByLabelText('New email address')).toHaveFocus();
    expect(requests).not.toHaveBeenCalled();
  });

  it('resend asks for the password again; too soon it is rate limited with the wait, later it sends', async () => {
    const b = await createComponentBackend(kind);
    await b.user.requestEmailChange({ email: NEW_EMAIL, currentPassword: PASSWORD });
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: b.user });
    await user.click(await screen.findByRole('button', { name: 'Resend link' }));
    expect(screen.getByLabelText('New email address')).toHaveValue(NEW_EMAIL);
    expect(screen.getByText(`Enter your password to send a new link to ${NEW_EMAIL}.`)).toBeInTheDocument();
    const password = screen.getByLabelText('Current password');
    expect(password).toHaveFocus();
    await user.type(password, PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 60 seconds.');
    expect(screen.getByLabelText('New email address')).toHaveValue(NEW_EMAIL);
    b.clock.advance(61_000);
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    await waitFor(() => expect(emailChangeStatus()).toHaveTextContent(`We sent a confirmation link to ${NEW_EMAIL}.`));
    expect(b.backend.mailer.messages().filter((m) => m.kind === 'email-verification')).toHaveLength(2);
  });

  it('cancel change: the banner goes, the address stays, focus returns to "Change email"', async () => {
    const b = await createComponentBackend(kind);
    await b.user.requestEmailChange({ email: NEW_EMAIL, currentPassword: PASSWORD });
    const onCancelled = vi.fn();
    const { user } = renderWithProfileKit(<EmailChange onCancelled={onCancelled} />, { adapter: b.user });
    await user.click(await screen.findByRole('button', { name: 'Cancel change' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /Confirm/ })).not.toBeInTheDocument());
    expect(emailChangeStatus()).toHaveTextContent('Email change cancelled. Your address stays grace@example.com.');
    expect(screen.getByRole('button', { name: 'Change email' })).toHaveFocus();
    expect(onCancelled).toHaveBeenCalledTimes(1);
    expect((await b.user.getProfile()).pendingEmail).toBeNull();
  });

  it('inside ProfileForm: a save after an email request is based on the new version, no false conflict', async () => {
    const b = await createComponentBackend(kind);
    const updates = vi.spyOn(b.user, 'updateProfile');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    await user.type(await screen.findByLabelText('Company'), ' Labs');
    await requestChange(user, NEW_EMAIL);
    await screen.findByRole('group', { name: /Confirm/ });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(updates).toHaveBeenCalledWith({ company: 'Harvard Mark I Labs' }, 2);
    expect(screen.getByLabelText('Company')).toHaveValue('Harvard Mark I Labs');
  });

  it('an admin on another user sees the email read-only with the pending address, and no email change', async () => {
    const b = await createComponentBackend(kind);
    await b.user.requestEmailChange({ email: NEW_EMAIL, currentPassword: PASSWORD });
    renderWithProfileKit(<ProfileForm userId="user-grace" />, { adapter: b.admin });
    const email = await screen.findByLabelText('Email');
    expect(email).toHaveValue('grace@example.com');
    expect(email).toHaveAttribute('readonly');
    expect(email).toHaveAccessibleDescription(`Verified Awaiting confirmation: ${NEW_EMAIL} Changes through the email change flow.`);
    expect(screen.queryByRole('button', { name: 'Change email' })).not.toBeInTheDocument();
    expect(document.querySelector('[data-pk-component="email-change"]')).toBeNull();
  });

  it('ProfileForm with emailChange={false} shows the email read-only in its place', async () => {
    const b = await createComponentBackend(kind);
    renderWithProfileKit(<ProfileForm emailChange={false} />, { adapter: b.user });
    expect(await screen.findByLabelText('Email')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Change email' })).not.toBeInTheDocument();
  });

  it('alone, EmailChange shows a skeleton while loading', async () => {
    const b = await createComponentBackend(kind);
    renderWithProfileKit(<EmailChange className="mine" />, { adapter: hanging(b.user, 'getProfile') });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(componentRoot('email-change')).toHaveAttribute('data-state', 'loading');
    expect(componentRoot('email-change')).toHaveClass('pk-root', 'pk-email-change', 'mine');
  });

  it('Escape inside the form cancels it: values dropped, nothing sent, focus back on "Change email" (issue 10)', async () => {
    const b = await createComponentBackend(kind);
    const requestEmailChange = vi.fn(b.user.requestEmailChange);
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: { ...b.user, requestEmailChange } });
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    await user.type(screen.getByLabelText('New email address'), NEW_EMAIL);
    await user.type(screen.getByLabelText('Current password'), 'half-typed');
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('New email address')).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Change email' });
    await waitFor(() => expect(toggle).toHaveFocus());
    expect(componentRoot('email-change')).toHaveAttribute('data-state', 'ready');
    // The profile form around it is untouched, and Escape did not reach it.
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled();
    await user.click(toggle);
    expect(screen.getByLabelText('New email address')).toHaveValue('');
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    expect(requestEmailChange).not.toHaveBeenCalled();
  });

  it('Escape while sending does not close the form, and the send goes through', async () => {
    const b = await createComponentBackend(kind);
    const slow = gated(b.user, 'requestEmailChange');
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: slow.adapter });
    await requestChange(user, NEW_EMAIL);
    await user.keyboard('{Escape}');
    expect(screen.getByLabelText('New email address')).toHaveValue(NEW_EMAIL);
    slow.release();
    const banner = await screen.findByRole('group', { name: `Confirm ${NEW_EMAIL}: we sent a link to it.` });
    await waitFor(() => expect(banner).toHaveFocus());
  });
});
