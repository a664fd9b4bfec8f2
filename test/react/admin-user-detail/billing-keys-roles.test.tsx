import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { auditOf, GRACE, issueApiKeys, renderDetail } from './support';

useMswServer();

const KEYS = [
  { id: 'key-ci', label: 'CI deploy', prefix: 'pk_live_ab12' },
  { id: 'key-zap', label: 'Zapier', prefix: 'pk_live_cd34' },
];

describe.each(BACKEND_KINDS)('AdminUserDetail billing, API keys and roles over %s', (kind) => {
  it('billing seats: edited in place, numbers only, the rest of billing kept', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const billing = screen.getByRole('region', { name: 'Billing' });
    await user.click(within(billing).getByRole('button', { name: 'Edit Seats, 3' }));
    await user.keyboard('{Control>}a{/Control}many{Enter}');
    expect(within(billing).getByRole('textbox', { name: 'Seats' })).toHaveAccessibleDescription('Enter a number');
    await user.keyboard('{Control>}a{/Control}12{Enter}');
    await within(billing).findByRole('button', { name: 'Edit Seats, 12' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).billing).toEqual({ plan: 'pro', status: 'active', seats: 12 }));
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText('Billing: Plan: pro, Billing status: Active, Seats: 3 → Plan: pro, Billing status: Active, Seats: 12')).toBeInTheDocument();
  });

  it('billing status: a select of the statuses', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Billing status, Active' }));
    const select = screen.getByRole('combobox', { name: 'Billing status' });
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'Past due');
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Edit Billing status, Past due' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).billing?.status).toBe('past_due'));
  });

  it('API keys: masked, renamed in place', async () => {
    const b = await createComponentBackend(kind);
    await issueApiKeys(b.backend, GRACE, KEYS);
    const { user } = await renderDetail(b.admin);
    const keys = screen.getByRole('region', { name: 'API keys' });
    expect(within(keys).getAllByRole('listitem')).toHaveLength(2);
    expect(keys).not.toHaveTextContent('hash-key-ci');
    await user.click(within(keys).getByRole('button', { name: 'Edit Name of key pk_live_ab12…, CI deploy' }));
    await user.keyboard('{Control>}a{/Control}Deploys{Enter}');
    await within(keys).findByRole('button', { name: 'Edit Name of key pk_live_ab12…, Deploys' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).apiKeys?.map((k) => k.label)).toEqual(['Deploys', 'Zapier']));
  });

  it('API keys: revoked after a confirmation; focus stays in the section', async () => {
    const b = await createComponentBackend(kind);
    await issueApiKeys(b.backend, GRACE, KEYS);
    const { user } = await renderDetail(b.admin);
    const keys = screen.getByRole('region', { name: 'API keys' });
    await user.click(within(keys).getByRole('button', { name: 'Revoke key Zapier' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke the key “Zapier”?' });
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(keys).getByRole('button', { name: 'Revoke key Zapier' })).toHaveFocus());
    expect((await b.admin.getUser(GRACE)).apiKeys).toHaveLength(2);

    await user.click(within(keys).getByRole('button', { name: 'Revoke key Zapier' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(within(keys).getAllByRole('listitem')).toHaveLength(1));
    await waitFor(() => expect(within(keys).getByRole('heading', { name: 'API keys' })).toHaveFocus());
    expect((await b.admin.getUser(GRACE)).apiKeys?.map((k) => k.id)).toEqual(['key-ci']);
    const [last] = await auditOf(b.backend);
    expect(last!.changes.map((c) => c.field)).toEqual(['apiKeys']);
  });

  it('roles: a comma-separated list, checked by the core rules', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Roles, Not set' }));
    const input = screen.getByRole('textbox', { name: 'Roles' });
    expect(input).toHaveAccessibleDescription('Separate entries with commas.');
    await user.keyboard('support, no spaces allowed{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Not a valid role name/);
    await user.keyboard('{Control>}a{/Control}support, billing{Enter}');
    await screen.findByRole('button', { name: 'Edit Roles, support, billing' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).roles).toEqual(['support', 'billing']));
  });
});
