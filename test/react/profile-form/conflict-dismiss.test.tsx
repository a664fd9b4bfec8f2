import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileForm } from '../../../src/react';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { renderWithProfileKit } from '../../support/render';
import { saveStatus } from './support';

useMswServer();

const UNRESOLVED = 'Not saved yet: someone else changed this profile meanwhile. Save again to compare and choose.';

// Issue 10: closing the conflict dialog without a choice never discards what the user typed.
describe.each(BACKEND_KINDS)('ProfileForm conflict dialog closed without a choice over %s', (kind) => {
  it('Escape leaves the edit in place, unsaved and dirty, focus on Save; the next Save shows the conflict again', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const company = await screen.findByLabelText('Company');
    await b.user.updateProfile({ company: 'UNIVAC' }, 1); // another tab, meanwhile
    await user.clear(company);
    await user.type(company, 'US Navy');
    const save = screen.getByRole('button', { name: 'Save' });
    await user.click(save);
    await screen.findByRole('alertdialog', { name: 'This profile changed while you were editing' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Company')).toHaveValue('US Navy');
    expect(screen.getByRole('alert')).toHaveTextContent(UNRESOLVED);
    expect(saveStatus()).toHaveTextContent('You have unsaved changes.');
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeEnabled();
    await waitFor(() => expect(save).toHaveFocus());
    expect(componentRoot('profile-form')).not.toHaveAttribute('data-state', 'conflict');
    expect(await b.user.getProfile()).toMatchObject({ company: 'UNIVAC', version: 2 });

    // Still a conflict: Save (Enter on the focused button) shows it again, with theirs beside mine.
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog');
    const row = within(again).getByRole('row', { name: /Company/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['UNIVAC', 'US Navy']);
    await user.click(within(again).getByRole('button', { name: 'Overwrite with mine' }));
    await screen.findByText('Your profile is saved.');
    expect(await b.user.getProfile()).toMatchObject({ company: 'US Navy', version: 3 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('a click outside the dialog does the same: the edit stays, nothing is written', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const phone = await screen.findByLabelText('Phone');
    await b.user.updateProfile({ phone: '+1 555 0100' }, 1);
    await user.type(phone, '+1 555 0199{Enter}');
    await screen.findByRole('alertdialog');
    await user.click(document.querySelector<HTMLElement>('.pk-overlay')!);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Phone')).toHaveValue('+1 555 0199');
    // Enter in the field saved, so focus goes back to the field.
    await waitFor(() => expect(screen.getByLabelText('Phone')).toHaveFocus());
    expect(await b.user.getProfile()).toMatchObject({ phone: '+1 555 0100', version: 2 });
    // Discard now goes back to what is stored: theirs.
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByLabelText('Phone')).toHaveValue('+1 555 0100');
  });
});
