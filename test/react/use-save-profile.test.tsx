import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useProfile, useSaveProfile, VersionConflictDialog } from '../../src/react';
import { expectNoAxeViolations } from '../support/axe';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../support/component-backends';
import { renderWithProfileKit } from '../support/render';

useMswServer();

/** The smallest user of the save hook: one button saving a company name. */
function SaveCompany({ company, optimistic = false }: { company: string; optimistic?: boolean }) {
  const profile = useProfile();
  const saver = useSaveProfile({ optimistic });
  if (!profile.data) return <p>Loading…</p>;
  return (
    <>
      <p>Company: {profile.data.company}</p>
      <p>Version: {profile.data.version}</p>
      <button type="button" onClick={() => void saver.save({ company }, 1).catch(() => undefined)}>
        Save
      </button>
      <VersionConflictDialog saver={saver} />
    </>
  );
}

/** Two settled saves at once, both based on version 1: what each ended as. */
function SaveTwoSettled() {
  const profile = useProfile();
  const saver = useSaveProfile({ optimistic: true });
  const [ended, setEnded] = useState({ company: 'waiting', phone: 'waiting' });
  const start = (field: 'company' | 'phone', value: string) =>
    void saver.saveSettled({ [field]: value }, 1).then((result) => setEnded((previous) => ({ ...previous, [field]: result.status })));
  if (!profile.data) return <p>Loading…</p>;
  return (
    <>
      <p>Version: {profile.data.version}</p>
      <p>Company save: {ended.company}</p>
      <p>Phone save: {ended.phone}</p>
      <button type="button" onClick={() => (start('company', 'Navy'), start('phone', '+1 555 0100'))}>
        Save both
      </button>
      <VersionConflictDialog saver={saver} />
    </>
  );
}

describe.each(BACKEND_KINDS)('useSaveProfile over %s', (kind) => {
  it('saves against the version and updates the cache', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<SaveCompany company="Navy" />, { adapter: b.user });
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Company: Navy')).toBeInTheDocument();
    expect(screen.getByText('Version: 2')).toBeInTheDocument();
  });

  it('a stale version opens the conflict dialog: theirs beside mine; keep theirs, or overwrite', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<SaveCompany company="Navy" />, { adapter: b.user });
    await screen.findByText('Version: 1');
    await b.user.updateProfile({ company: 'UNIVAC' }, 1); // someone else, meanwhile
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: /changed while you were editing/ });
    const row = within(dialog).getByRole('row', { name: /Company/ });
    expect(row).toHaveTextContent('UNIVAC');
    expect(row).toHaveTextContent('Navy');
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Company: Navy')).toBeInTheDocument();
    expect(screen.getByText('Version: 3')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus());
  });

  it('keep theirs shows their value and writes nothing', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<SaveCompany company="Navy" optimistic />, { adapter: b.user });
    await screen.findByText('Version: 1');
    await b.user.updateProfile({ company: 'UNIVAC' }, 1);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Keep theirs' }));
    expect(await screen.findByText('Company: UNIVAC')).toBeInTheDocument();
    expect((await b.user.getProfile()).version).toBe(2);
  });

  // The one path AdminUserDetail's rows take: the form's dialog, and the queue waits for the choice.
  it('saveSettled: a conflict holds the queue until the choice; overwrite re-saves on their version, the next save then meets its own conflict', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<SaveTwoSettled />, { adapter: b.user });
    await screen.findByText('Version: 1');
    await b.user.updateProfile({ company: 'UNIVAC' }, 1);
    await user.click(screen.getByRole('button', { name: 'Save both' }));
    let dialog = await screen.findByRole('alertdialog', { name: /changed while you were editing/ });
    expect(within(dialog).getByRole('row', { name: /Company/ })).toHaveTextContent('Navy');
    expect(screen.getByText('Company save: waiting')).toBeInTheDocument();
    expect(screen.getByText('Phone save: waiting')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    expect(await screen.findByText('Company save: saved')).toBeInTheDocument();
    dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByRole('row', { name: /Phone/ })).toHaveTextContent('+1 555 0100');
    expect(within(dialog).queryByRole('row', { name: /Company/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    expect(await screen.findByText('Phone save: kept-theirs')).toBeInTheDocument();
    const saved = await b.user.getProfile();
    expect([saved.company, saved.phone, saved.version]).toEqual(['Navy', null, 3]);
  });
});
