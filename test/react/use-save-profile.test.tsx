import { screen, waitFor, within } from '@testing-library/react';
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
});
