import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '../../../src/core';
import { EmailChange, ProfileForm } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing/fixtures/example-accounts';
import { expectNoAxeViolations } from '../../support/axe';
import { createComponentBackend, failing, hanging } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';
import { giveApiKey } from './support';

// The markup does not depend on the backend: one (the memory adapter) is enough here.
describe('ProfileForm accessibility (axe)', () => {
  it('loading', async () => {
    const b = await createComponentBackend('memory');
    renderWithProfileKit(<ProfileForm />, { adapter: hanging(b.user, 'getProfile') });
    await expectNoAxeViolations();
  });

  it('load error with retry', async () => {
    const b = await createComponentBackend('memory');
    renderWithProfileKit(<ProfileForm />, { adapter: failing(b.user, 'getProfile', new ProfileError('unavailable', 'down')) });
    await screen.findByRole('button', { name: 'Try again' });
    await expectNoAxeViolations();
  });

  it('ready, custom fields included: every input has a label', async () => {
    const b = await createComponentBackend('memory');
    renderWithProfileKit(<ProfileForm customFields />, { adapter: b.user });
    await screen.findByLabelText('Company');
    for (const input of document.querySelectorAll('input, select, textarea')) {
      expect((input as HTMLInputElement).labels?.length ?? 0, input.outerHTML).toBeGreaterThan(0);
    }
    await expectNoAxeViolations();
  });

  it('validation errors', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    await user.type(await screen.findByLabelText('Phone'), 'call me');
    await user.type(screen.getByLabelText('Language'), 'not a language');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert');
    expect(screen.getByLabelText('Language')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations();
  });

  it('pending email, with the email form open for a resend', async () => {
    const b = await createComponentBackend('memory');
    await b.user.requestEmailChange({ email: 'grace.hopper@navy.example', currentPassword: exampleAccounts.user.password });
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    await screen.findByRole('group', { name: /Confirm grace.hopper@navy.example/ });
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Resend link' }));
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    await waitFor(() => expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true'));
    await expectNoAxeViolations();
  });

  it('conflict dialog open', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const company = await screen.findByLabelText('Company');
    await b.user.updateProfile({ company: 'UNIVAC' }, 1);
    await user.type(company, ' Labs');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alertdialog');
    await expectNoAxeViolations();
  });

  it('admin view of another user: read-only billing, API keys, lists', async () => {
    const b = await createComponentBackend('memory');
    await giveApiKey(b);
    renderWithProfileKit(<ProfileForm userId="user-grace" customFields />, { adapter: b.admin });
    await screen.findByRole('table', { name: 'API keys' });
    await expectNoAxeViolations();
  });

  it('EmailChange alone, form open with errors', async () => {
    const b = await createComponentBackend('memory');
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: b.user });
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    await waitFor(() => expect(screen.getByLabelText('New email address')).toHaveAttribute('aria-invalid', 'true'));
    await expectNoAxeViolations();
  });
});
