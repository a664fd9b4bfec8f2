import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defineProfileConfig } from '../../../src/core';
import { ProfileForm } from '../../../src/react';
import { exampleAccounts } from '../../../src/testing/fixtures/example-accounts';
import { exampleConfigInput } from '../../../src/testing/fixtures/example-config';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { renderWithProfileKit } from '../../support/render';
import { giveApiKey } from './support';

useMswServer();

describe.each(BACKEND_KINDS)('ProfileForm access over %s', (kind) => {
  it('never-editable fields are shown greyed: readonly (not disabled, still focusable) with their reason', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const id = await screen.findByLabelText('Account ID');
    expect(id).toHaveValue('user-grace');
    expect(id).toHaveAttribute('readonly');
    expect(id).toBeEnabled();
    expect(id).toHaveAccessibleDescription('This never changes.');
    const created = screen.getByLabelText('Created');
    expect(created).toHaveAttribute('readonly');
    expect(created).toHaveAccessibleDescription('This never changes.');
    // Grace's one linked sign-in: provider as its label, the address and when it was linked.
    const linked = screen.getByRole('group', { name: 'Linked accounts' });
    const github = within(linked).getByLabelText('GitHub');
    expect(github).toHaveValue('grace@example.com · linked Jan 9, 2026');
    expect(github).toHaveAttribute('readonly');
    expect(github).toHaveAccessibleDescription('Managed by your sign-in provider.');
    // Roles and apps are the admins' to change: a user sees them read-only.
    expect(screen.getByLabelText('Active apps')).toHaveValue('fitness, clientPortal');
    expect(screen.getByLabelText('Active apps')).toHaveAccessibleDescription('You cannot change this.');
    await user.click(id);
    expect(id).toHaveFocus();
    await user.type(id, 'x');
    expect(id).toHaveValue('user-grace');
  });

  it('a user sees no billing, no API keys, and no custom fields unless asked', async () => {
    const b = await createComponentBackend(kind);
    const { unmount } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    await screen.findByLabelText('Company');
    expect(screen.queryByRole('group', { name: 'Billing' })).not.toBeInTheDocument();
    expect(screen.queryByText('API keys')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Height')).not.toBeInTheDocument();
    expect(componentRoot('profile-form')).toHaveAttribute('data-pk-profile', 'self');
    unmount();
    renderWithProfileKit(<ProfileForm customFields />, { adapter: b.user });
    expect(await screen.findByLabelText('Height')).toHaveValue(170);
    // Visible to the user, changed by admins only.
    expect(screen.getByLabelText('Member tier')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Member tier')).toHaveAccessibleDescription('You cannot change this.');
    expect(screen.queryByLabelText('Internal note')).not.toBeInTheDocument();
  });

  it('a field the config makes admin-only to edit is read-only for the user, editable for an admin', async () => {
    const config = defineProfileConfig({ ...exampleConfigInput, fields: { company: { edit: ['admin'] } } });
    const b = await createComponentBackend(kind, { config });
    const { unmount } = renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    const company = await screen.findByLabelText('Company');
    expect(company).toHaveAttribute('readonly');
    expect(company).toHaveAccessibleDescription('You cannot change this.');
    expect(company.closest('[data-pk-field]')).toHaveAttribute('data-state', 'readonly');
    unmount();
    const { user } = renderWithProfileKit(<ProfileForm userId="user-grace" />, { adapter: b.admin });
    const editable = await screen.findByLabelText('Company');
    expect(editable).not.toHaveAttribute('readonly');
    await user.type(editable, ' (retired)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    expect((await b.user.getProfile()).company).toBe('Harvard Mark I (retired)');
  });

  it('with nothing the viewer may change, the form is read-only: no Save', async () => {
    const readOnly = Object.fromEntries(['name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale'].map((f) => [f, { edit: ['admin'] }]));
    const config = defineProfileConfig({ ...exampleConfigInput, fields: { ...readOnly, email: { edit: [] } } });
    const b = await createComponentBackend(kind, { config });
    renderWithProfileKit(<ProfileForm />, { adapter: b.user });
    expect(await screen.findByLabelText('Name')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change email' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/You cannot change this\./);
    expect(componentRoot('profile-form')).toHaveAttribute('data-state', 'readonly');
  });

  it('an admin on another user: billing and masked API keys shown, roles and apps editable, saved through updateUser', async () => {
    const b = await createComponentBackend(kind);
    await giveApiKey(b);
    const updateUser = vi.spyOn(b.admin, 'updateUser');
    const updateProfile = vi.spyOn(b.admin, 'updateProfile');
    const { user } = renderWithProfileKit(<ProfileForm userId="user-grace" />, { adapter: b.admin });
    const billing = await screen.findByRole('group', { name: 'Billing' });
    expect(within(billing).getByLabelText('Plan')).toHaveValue('pro');
    expect(within(billing).getByLabelText('Status')).toHaveValue('Active');
    expect(within(billing).getByLabelText('Seats')).toHaveValue('3');
    const keys = screen.getByRole('table', { name: 'API keys' });
    const row = within(keys).getByRole('row', { name: /CI deploys/ });
    expect(row).toHaveTextContent('pk_live_ab12…');
    expect(row).toHaveTextContent('Feb 3, 2026');
    expect(keys).not.toHaveTextContent('not-a-real-hash');
    expect(componentRoot('profile-form')).toHaveAttribute('data-pk-profile', 'other');

    const apps = screen.getByLabelText('Active apps');
    expect(apps).not.toHaveAttribute('readonly');
    expect(apps).toHaveAccessibleDescription('Separate entries with commas.');
    await user.type(apps, ', billing');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile is saved.');
    expect(updateUser).toHaveBeenCalledWith('user-grace', { activeApps: ['fitness', 'clientPortal', 'billing'] }, 2);
    expect(updateProfile).not.toHaveBeenCalled();
    expect((await b.user.getProfile()).activeApps).toEqual(['fitness', 'clientPortal', 'billing']);
  });

  it('an invalid entry in a list is reported on the list input', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<ProfileForm userId="user-grace" />, { adapter: b.admin });
    const roles = await screen.findByLabelText('Roles');
    await user.type(roles, 'support, not a role!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(roles).toHaveAttribute('aria-invalid', 'true');
    expect(roles).toHaveFocus();
    expect(roles).toHaveAccessibleDescription('Not a valid role name Separate entries with commas.');
  });

  it('an admin on their own profile gets the self view: email change, no other user\'s data', async () => {
    const b = await createComponentBackend(kind);
    renderWithProfileKit(<ProfileForm />, { adapter: b.admin });
    expect(await screen.findByLabelText('Name')).toHaveValue(exampleAccounts.admin.name);
    expect(screen.getByRole('button', { name: 'Change email' })).toBeInTheDocument();
  });
});
