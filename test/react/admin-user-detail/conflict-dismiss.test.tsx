import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { GRACE, renderDetail } from './support';

useMswServer();

const UNRESOLVED = 'Not saved yet: someone else changed this profile meanwhile. Save again to compare and choose.';

// Issue 10: closing the conflict dialog without a choice never discards what the admin typed.
describe.each(BACKEND_KINDS)('AdminUserDetail conflict dialog closed without a choice over %s', (kind) => {
  it('Escape reopens the row with the draft, the reason and focus; Enter shows the conflict again', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await b.user.updateProfile({ company: 'UNIVAC' }, 1); // the user, meanwhile
    await user.keyboard('{Control>}a{/Control}Navy{Enter}');
    await screen.findByRole('alertdialog', { name: /changed while you were editing/ });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const input = await screen.findByRole('textbox', { name: 'Company' });
    expect(input).toHaveValue('Navy');
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveAccessibleDescription(UNRESOLVED);
    expect(input.closest('[data-pk-field]')).toHaveAttribute('data-state', 'invalid');
    expect(await b.admin.getUser(GRACE)).toMatchObject({ company: 'UNIVAC', version: 2 });

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog');
    expect(within(again).getByRole('row', { name: /Company/ })).toHaveTextContent(/UNIVAC.*Navy/);
    await user.click(within(again).getByRole('button', { name: 'Overwrite with mine' }));
    const value = await screen.findByRole('button', { name: 'Edit Company, Navy' });
    await waitFor(() => expect(value).toHaveFocus());
    expect(await b.admin.getUser(GRACE)).toMatchObject({ company: 'Navy', version: 3 });
  });

  it('the email form: Escape on the dialog keeps the form open with the address, focus back in it', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await b.user.updateProfile({ company: 'UNIVAC' }, 1);
    await user.keyboard('grace@navy.example{Enter}');
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const input = screen.getByLabelText('New email address');
    expect(input).toHaveValue('grace@navy.example');
    await waitFor(() => expect(input).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent(UNRESOLVED);
    expect((await b.admin.getUser(GRACE)).pendingEmail ?? null).toBeNull();
  });

  it('the history shows a notification switched off from its default as the value the user saw: Yes → No', async () => {
    const b = await createComponentBackend(kind);
    // Workout reminders are on by default; Grace never chose.
    await b.user.updateProfile({ notifications: { sms: { workouts: false } } }, 1);
    await renderDetail(b.admin);
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText('Workout reminders (SMS): Yes → No')).toBeInTheDocument();
    expect(within(history).queryByText('Workout reminders (SMS): Not set → No')).not.toBeInTheDocument();
  });
});
