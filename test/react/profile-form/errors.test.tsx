import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldIssue, issueFields, ProfileError } from '../../../src/core';
import { ProfileForm } from '../../../src/react';
import { BACKEND_KINDS, createComponentBackend, failing, useMswServer, type ComponentBackend } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { renderWithProfileKit } from '../../support/render';

useMswServer();

afterEach(() => vi.restoreAllMocks());

/**
 * The next save fails the way `kind` fails without a network: over HTTP the next fetch throws
 * (armed once the form has loaded), in memory the adapter answers `unavailable` once.
 */
function networkDownOnce(b: ComponentBackend) {
  if (b.kind === 'http') {
    return { adapter: b.user, arm: () => vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch')) };
  }
  return { adapter: failing(b.user, 'updateProfile', new ProfileError('unavailable', 'Could not reach the server'), { times: 1 }), arm: () => undefined };
}

describe.each(BACKEND_KINDS)('ProfileForm errors over %s', (kind) => {
  it('a value the core schema refuses stays on its input, described and invalid, focused; nothing is sent', async () => {
    const b = await createComponentBackend(kind);
    const updates = vi.spyOn(b.user, 'updateProfile');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const phone = await screen.findByLabelText('Phone');
    await user.type(phone, 'call me');
    const picture = screen.getByLabelText('Picture URL');
    await user.type(picture, 'http://example.com/me.png');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(phone).toHaveAccessibleDescription('Use digits, spaces and + ( ) - . only');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveFocus();
    expect(picture).toHaveAccessibleDescription('Use an https:// address');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields and save again.');
    expect(updates).not.toHaveBeenCalled();
    // Fixing it clears the message as the user types.
    await user.clear(phone);
    await user.type(phone, '+1 555 0100');
    expect(phone).not.toHaveAttribute('aria-invalid');
  });

  it('field errors from the server land on their inputs, translated, and focus moves to the first', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(
      b.user,
      'updateProfile',
      new ProfileError('validation', 'Invalid profile', issueFields({ familyName: fieldIssue('atMostChars', { n: 100 }), company: fieldIssue('tooLong') })),
      { times: 1 },
    );
    const { fr } = await import('../../../src/react');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter, messages: fr, locale: 'fr' });
    const company = await screen.findByLabelText('Entreprise');
    await user.type(company, ' Labs');
    await user.type(screen.getByLabelText('Nom de famille'), '-Murray');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const familyName = screen.getByLabelText('Nom de famille');
    await waitFor(() => expect(familyName).toHaveFocus());
    expect(familyName).toHaveAccessibleDescription('100 caractères au maximum');
    expect(company).toHaveAccessibleDescription('Trop long');
    expect(company).toHaveValue('Harvard Mark I Labs');
  });

  it('a field the viewer may not change (forbidden_field) is named on its input', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(
      b.user,
      'updateProfile',
      new ProfileError('forbidden_field', 'You may not change: company', { fields: { company: 'You may not change this field' } }),
      { times: 1 },
    );
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter });
    const company = await screen.findByLabelText('Company');
    await user.type(company, ' Labs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(company).toHaveFocus());
    expect(company).toHaveAccessibleDescription('You may not change this field');
  });

  it('rate limited: an alert with the wait, the typed values kept', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'updateProfile', new ProfileError('rate_limited', 'Slow down', { retryAfter: 30 }), { times: 1 });
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter });
    const company = await screen.findByLabelText('Company');
    await user.type(company, ' Labs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    expect(company).toHaveValue('Harvard Mark I Labs');
    expect(componentRoot('profile-form')).toHaveAttribute('data-state', 'ready');
  });

  it('network failure: an alert, the values kept, and saving again works', async () => {
    const b = await createComponentBackend(kind);
    const { adapter, arm } = networkDownOnce(b);
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter });
    const company = await screen.findByLabelText('Company');
    await user.type(company, ' Labs');
    arm();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server. Check your connection and try again.');
    expect(company).toHaveValue('Harvard Mark I Labs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await b.user.getProfile()).company).toBe('Harvard Mark I Labs');
  });

  it('a failed load shows the error with a retry that loads the form', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'getProfile', new ProfileError('unavailable', 'down'), { times: 1 });
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter });
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server');
    expect(componentRoot('profile-form')).toHaveAttribute('data-state', 'error');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Company')).toHaveValue('Harvard Mark I');
    expect(componentRoot('profile-form')).toHaveAttribute('data-state', 'ready');
  });
});
