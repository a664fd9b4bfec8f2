import { screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ProfilePatch } from '../../../src/core';
import { ProfileForm, useSaveProfile } from '../../../src/react';
import { BACKEND_KINDS, createComponentBackend, gated, hanging, useMswServer } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { renderWithProfileKit } from '../../support/render';
import { saveStatus } from './support';

useMswServer();

/** Another component on the same page saving the same profile (e.g. an inline edit). */
function SaveElsewhere({ patch }: { patch: ProfilePatch }) {
  const saver = useSaveProfile();
  return (
    <button type="button" onClick={() => void saver.save(patch)}>
      Save elsewhere
    </button>
  );
}

describe.each(BACKEND_KINDS)('ProfileForm editing and saving over %s', (kind) => {
  it('shows a skeleton while loading, with no layout of its own to jump from', async () => {
    const b = await createComponentBackend(kind);
    renderWithProfileKit(<ProfileForm className="my-form" />, { adapter: hanging(b.user, 'getProfile') });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    const root = componentRoot('profile-form');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).toHaveClass('pk-root', 'pk-profile-form', 'my-form');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the visible fields pre-filled and saves only the changed ones, with the version', async () => {
    const b = await createComponentBackend(kind);
    const updates = vi.spyOn(b.user, 'updateProfile');
    const onSaved = vi.fn();
    const { user } = renderWithProfileKit(<ProfileForm onSaved={onSaved} />, { adapter: b.user });
    const loadingRoot = componentRoot('profile-form');
    const company = await screen.findByLabelText('Company');
    // One root element throughout: loading turns into ready in place.
    expect(componentRoot('profile-form')).toBe(loadingRoot);
    expect(company).toHaveValue('Harvard Mark I');
    expect(screen.getByLabelText('Name')).toHaveValue('Grace Hopper');
    expect(screen.getByLabelText('Language')).toHaveValue('en-US');
    expect(componentRoot('profile-form')).toHaveAttribute('data-state', 'ready');
    await user.clear(company);
    await user.type(company, 'US Navy');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your profile is saved.')).toBe(saveStatus());
    expect(saveStatus()).toHaveAttribute('aria-live', 'polite');
    expect(updates).toHaveBeenCalledTimes(1);
    expect(updates).toHaveBeenCalledWith({ company: 'US Navy' }, 1);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ company: 'US Navy', version: 2 }));
    expect((await b.user.getProfile()).company).toBe('US Navy');
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled();
  });

  it('a second save is based on the version the first one produced', async () => {
    const b = await createComponentBackend(kind);
    const updates = vi.spyOn(b.user, 'updateProfile');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const phone = await screen.findByLabelText('Phone');
    await user.type(phone, '+1 555 0100');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    await user.clear(phone);
    await user.type(phone, '+1 555 0199');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(updates).toHaveBeenCalledTimes(2));
    expect(updates).toHaveBeenLastCalledWith({ phone: '+1 555 0199' }, 2);
    await waitFor(async () => expect((await b.user.getProfile()).version).toBe(3));
  });

  it('a cleared field is sent as null, and the saved name fills given and family name', async () => {
    const b = await createComponentBackend(kind);
    const updates = vi.spyOn(b.user, 'updateProfile');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    await user.clear(await screen.findByLabelText('Company'));
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, '  Grace   Murray ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    expect(updates).toHaveBeenCalledWith({ company: null, name: 'Grace Murray' }, 1);
    // The server's answer is what the form now shows: the name split into given and family name.
    expect(screen.getByLabelText('Name')).toHaveValue('Grace Murray');
    expect(screen.getByLabelText('Given name')).toHaveValue('Grace');
    expect(screen.getByLabelText('Family name')).toHaveValue('Murray');
    expect(screen.getByLabelText('Company')).toHaveValue('');
  });

  it('Save with nothing changed says so and sends nothing', async () => {
    const b = await createComponentBackend(kind);
    const updates = vi.spyOn(b.user, 'updateProfile');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const company = await screen.findByLabelText('Company');
    await user.type(company, 'x');
    await user.type(company, '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Nothing to save: no field was changed.')).toBe(saveStatus());
    expect(updates).not.toHaveBeenCalled();
  });

  it('reports unsaved changes, and Discard puts the saved values back', async () => {
    const b = await createComponentBackend(kind);
    const onDirtyChange = vi.fn();
    const { user, unmount } = renderWithProfileKit(<ProfileForm onDirtyChange={onDirtyChange} />, { adapter: b.user });
    const company = await screen.findByLabelText('Company');
    expect(onDirtyChange).not.toHaveBeenCalled();
    await user.type(company, ' Labs');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    expect(onDirtyChange).toHaveBeenCalledTimes(1);
    expect(saveStatus()).toHaveTextContent('You have unsaved changes.');
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(company).toHaveValue('Harvard Mark I');
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
    await user.type(company, ' Labs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
    expect(onDirtyChange).toHaveBeenCalledTimes(4);
    // Leaving while dirty: the app's "unsaved changes" flag is cleared.
    await user.type(screen.getByLabelText('Company'), '!');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    unmount();
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
  });

  it('while saving, Save is aria-disabled, the state says so, and a second submit sends nothing', async () => {
    const b = await createComponentBackend(kind);
    const { adapter, release } = gated(b.user, 'updateProfile');
    const updates = vi.spyOn(adapter, 'updateProfile');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter });
    await user.type(await screen.findByLabelText('Company'), ' Labs');
    const save = screen.getByRole('button', { name: 'Save' });
    await user.click(save);
    await waitFor(() => expect(save).toHaveAttribute('aria-disabled', 'true'));
    // The root's data-state follows the form's in the next commit.
    await waitFor(() => expect(componentRoot('profile-form')).toHaveAttribute('data-state', 'saving'));
    expect(saveStatus()).toHaveTextContent('Saving…');
    await user.click(save);
    await user.keyboard('{Enter}');
    release();
    await screen.findByText('Your profile is saved.');
    expect(updates).toHaveBeenCalledTimes(1);
    expect(save).not.toHaveAttribute('aria-disabled');
    expect(save).toHaveFocus();
    expect(componentRoot('profile-form')).toHaveAttribute('data-state', 'ready');
  });

  it('a change someone else saved meanwhile opens the conflict dialog; "keep theirs" shows theirs', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const company = await screen.findByLabelText('Company');
    await b.user.updateProfile({ company: 'UNIVAC' }, 1); // another tab, meanwhile
    await user.clear(company);
    await user.type(company, 'US Navy');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'This profile changed while you were editing' });
    expect(componentRoot('profile-form')).toHaveAttribute('data-state', 'conflict');
    const row = within(dialog).getByRole('row', { name: /Company/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['UNIVAC', 'US Navy']);
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Company')).toHaveValue('UNIVAC');
    expect(saveStatus()).toHaveTextContent('Kept the other change; yours was discarded.');
    expect((await b.user.getProfile()).version).toBe(2);
  });

  it('"overwrite with mine" saves on the new version; fields the user did not touch take theirs', async () => {
    const b = await createComponentBackend(kind);
    const onSaved = vi.fn();
    const { user } = renderWithProfileKit(<ProfileForm onSaved={onSaved} />, { adapter: b.user });
    const company = await screen.findByLabelText('Company');
    await b.user.updateProfile({ company: 'UNIVAC', phone: '+1 555 0100' }, 1);
    await user.clear(company);
    await user.type(company, 'US Navy');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).queryByRole('row', { name: /Phone/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await screen.findByText('Your profile is saved.');
    const saved = await b.user.getProfile();
    expect(saved).toMatchObject({ company: 'US Navy', phone: '+1 555 0100', version: 3 });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 3 }));
    expect(screen.getByLabelText('Company')).toHaveValue('US Navy');
    expect(screen.getByLabelText('Phone')).toHaveValue('+1 555 0100');
  });

  it('a save elsewhere on the page: untouched fields follow it, the next save is based on its version', async () => {
    const b = await createComponentBackend(kind);
    const updates = vi.spyOn(b.user, 'updateProfile');
    const { user } = renderWithProfileKit(
      <>
        <ProfileForm />
        <SaveElsewhere patch={{ phone: '+1 555 0100' }} />
      </>,
      { adapter: b.user },
    );
    const company = await screen.findByLabelText('Company');
    await user.type(company, ' Labs');
    await user.click(screen.getByRole('button', { name: 'Save elsewhere' }));
    await waitFor(() => expect(screen.getByLabelText('Phone')).toHaveValue('+1 555 0100'));
    expect(company).toHaveValue('Harvard Mark I Labs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    expect(updates).toHaveBeenLastCalledWith({ company: 'Harvard Mark I Labs' }, 2);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('a save elsewhere to the field being edited keeps the typed value, and Save asks which to keep', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(
      <>
        <ProfileForm />
        <SaveElsewhere patch={{ company: 'UNIVAC' }} />
        <SaveElsewhere patch={{ phone: '+1 555 0100' }} />
      </>,
      { adapter: b.user },
    );
    const company = await screen.findByLabelText('Company');
    await user.type(company, ' Labs');
    const [saveCompany, savePhone] = screen.getAllByRole('button', { name: 'Save elsewhere' });
    await user.click(saveCompany!);
    await waitFor(async () => expect((await b.user.getProfile()).version).toBe(2));
    // A later, unrelated save elsewhere does not make the clash go away.
    await user.click(savePhone!);
    await waitFor(() => expect(screen.getByLabelText('Phone')).toHaveValue('+1 555 0100'));
    expect(company).toHaveValue('Harvard Mark I Labs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['CompanyUNIVACHarvard Mark I Labs']);
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await screen.findByText('Your profile is saved.');
    expect(await b.user.getProfile()).toMatchObject({ company: 'Harvard Mark I Labs', phone: '+1 555 0100', version: 4 });
  });

  it('works under StrictMode (effects run twice in development)', async () => {
    const b = await createComponentBackend(kind);
    const onDirtyChange = vi.fn();
    const { user } = renderWithProfileKit(
      <StrictMode>
        <ProfileForm onDirtyChange={onDirtyChange} />
      </StrictMode>,
      { adapter: b.user },
    );
    await user.type(await screen.findByLabelText('Company'), ' Labs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    expect((await b.user.getProfile()).company).toBe('Harvard Mark I Labs');
    expect(onDirtyChange.mock.calls).toEqual([[true], [false]]);
  });
});
