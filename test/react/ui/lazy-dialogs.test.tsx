import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CustomFieldsEditor, ProfileForm } from '../../../src/react';
import { createComponentBackend } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';

// The dialogs are a lazy chunk, normally fetched once the page is idle. Here the page is never
// idle: the chunk is fetched only when a dialog must open (or its button is hovered), and the
// dialog still opens.
vi.mock('../../../src/react/ui/when-idle', () => ({ whenIdle: () => () => undefined }));

const slowChunk = { timeout: 10_000 };

describe('dialogs whose chunk was not preloaded', () => {
  it('a version conflict still opens its dialog, and the choice works', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const company = await screen.findByLabelText('Company');
    await b.user.updateProfile({ company: 'UNIVAC' }, 1);
    await user.clear(company);
    await user.type(company, 'US Navy{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'This profile changed while you were editing' }, slowChunk);
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Company')).toHaveValue('UNIVAC');
  });

  it('a confirmation still opens, and Cancel keeps what it asked about', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(<CustomFieldsEditor />, { adapter: b.user });
    const list = await screen.findByRole('group', { name: 'Other attributes' });
    const remove = within(list).getAllByRole('button', { name: /^Remove/ })[0]!;
    const name = remove.getAttribute('aria-label');
    await user.click(remove);
    const dialog = await screen.findByRole('alertdialog', {}, slowChunk);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(list).getByRole('button', { name: name! })).toBeInTheDocument();
  });
});
