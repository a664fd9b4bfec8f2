import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BACKEND_KINDS, createComponentBackend, gated, useMswServer } from '../../support/component-backends';
import { GRACE, renderEditor, storedCustom } from './helpers';

useMswServer();

const save = () => screen.getByRole('button', { name: 'Save' });

// Issue 10: nothing typed is lost, and focus never falls to the page.
describe.each(BACKEND_KINDS)('CustomFieldsEditor focus and conflicts over %s', (kind) => {
  it('Escape on the conflict dialog keeps the edit, unsaved, focus on Save; Save again shows the conflict again', async () => {
    const b = await createComponentBackend(kind);
    const { user, root } = await renderEditor(b.user);
    const { version } = await b.admin.getUser(GRACE);
    await b.admin.updateUser(GRACE, { custom: { height: 160 } }, version);
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '180');
    await user.click(save());
    await screen.findByRole('alertdialog', { name: /changed while you were editing/ });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Height')).toHaveValue(180);
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved yet: someone else changed this profile meanwhile.');
    await waitFor(() => expect(save()).toHaveFocus());
    expect(await storedCustom(b.user, 'height')).toBe(160);
    expect(root).not.toHaveAttribute('data-state', 'conflict');

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog');
    expect(within(again).getByRole('row', { name: /Height/ })).toHaveTextContent(/160.*180/);
    await user.click(within(again).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.getByLabelText('Height')).toHaveValue(160));
    await waitFor(() => expect(save()).toHaveFocus());
  });

  it('Save keeps focus while saving and after: the button is never disabled under it', async () => {
    const b = await createComponentBackend(kind);
    const slow = gated(b.user, 'updateProfile');
    const { user, root } = await renderEditor(slow.adapter);
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '171');
    await user.click(save());
    const saving = await screen.findByRole('button', { name: 'Saving…' });
    expect(saving).toHaveFocus();
    expect(saving).not.toBeDisabled();
    // A second press while saving sends nothing more.
    await user.keyboard('{Enter}');
    slow.release();
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'saved'));
    expect(save()).toHaveFocus();
    expect(save()).not.toHaveAttribute('aria-disabled');
    expect(await storedCustom(b.user, 'height')).toBe(171);
    expect((await b.user.getProfile()).version).toBe(2);
  });
});
