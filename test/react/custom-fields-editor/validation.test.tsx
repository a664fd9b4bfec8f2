import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '../../../src/core';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, useMswServer } from '../../support/component-backends';
import { renderEditor, storedCustom } from './helpers';

useMswServer();

/** The error shown for an input, through its aria-describedby. */
function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('pk-error'));
  return error?.textContent ?? null;
}

// A bad value for each type that takes one, and the core schema's message for it.
const BAD: { type: string; label: string; text: string; message: string }[] = [
  { type: 'text (min length)', label: 'Handle', text: 'gh', message: 'At least 3 characters' },
  { type: 'text (control characters)', label: 'Industry', text: 'Avia\u202etion', message: 'Contains characters that are not allowed' },
  { type: 'longText (control characters)', label: 'About you', text: 'Bell \u0007 ringer', message: 'Contains characters that are not allowed' },
  { type: 'number (max)', label: 'Height', text: '300', message: 'At most 250' },
  { type: 'number (step)', label: 'Height', text: '170.5', message: 'In steps of 1' },
  { type: 'date (min)', label: 'Birthday', text: '1850-01-01', message: 'On or after 1900-01-01' },
  { type: 'url', label: 'Website', text: 'ftp://grace.example', message: 'Enter a full web address (https://…)' },
  { type: 'email', label: 'Backup email', text: 'grace@', message: 'Enter a valid email address' },
  { type: 'phone', label: 'Mobile', text: '12', message: 'Between 4 and 15 digits' },
];

describe.each(BACKEND_KINDS)('CustomFieldsEditor validation over %s', (kind) => {
  it.each(BAD)('shows the core message for a bad $type, focuses it, and saves nothing', async ({ label, text, message }) => {
    const b = await createComponentBackend(kind);
    const before = await b.user.getProfile();
    const { user, root } = await renderEditor(b.user);
    const input = screen.getByLabelText(label);
    await user.clear(input);
    await user.click(input);
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(errorOf(input)).toBe(message));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(root).toHaveAttribute('data-state', 'invalid');
    expect((await b.user.getProfile()).version).toBe(before.version);
  });

  it('multi-select: more than maxItems is refused by the core rule', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    for (const name of ['Running', 'Cycling', 'Yoga']) await user.click(screen.getByRole('checkbox', { name }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose at most 2')).toBeInTheDocument();
    const first = screen.getByRole('checkbox', { name: 'Running' });
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveFocus();
    expect(await storedCustom(b.user, 'interests')).toBeUndefined();
  });

  it('a required field cleared is "Required"; fixing it clears the error and saves', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    const handle = screen.getByLabelText('Handle');
    expect(handle).toHaveAttribute('aria-required', 'true');
    await user.clear(handle);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(errorOf(handle)).toBe('Required'));
    expect(handle).toHaveFocus();
    await expectNoAxeViolations();
    await user.type(handle, 'amazing_grace');
    await waitFor(() => expect(errorOf(handle)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    expect(await storedCustom(b.user, 'displayHandle')).toBe('amazing_grace');
  });

  it('focuses the first invalid field of several', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderEditor(b.user);
    await user.clear(screen.getByLabelText('Mobile'));
    await user.type(screen.getByLabelText('Mobile'), 'abc');
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '10');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Height')).toHaveFocus());
    expect(errorOf(screen.getByLabelText('Mobile'))).toBe('Use digits, spaces and + ( ) - . only');
  });

  it('puts a server-side field error on its input and focuses it', async () => {
    const b = await createComponentBackend(kind);
    const rejecting = failing(
      b.user,
      'updateProfile',
      new ProfileError('validation', 'Some fields are not valid', { fields: { 'custom.industry': 'Not an industry we know' } }),
      { times: 1 },
    );
    const { user, root } = await renderEditor(rejecting);
    const industry = screen.getByLabelText('Industry');
    await user.type(industry, 'Piracy');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(errorOf(industry)).toBe('Not an industry we know'));
    expect(industry).toHaveFocus();
    expect(root).toHaveAttribute('data-state', 'invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
