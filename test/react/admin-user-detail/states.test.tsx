import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProfileError } from '../../../src/core';
import { AdminUserDetail } from '../../../src/react';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, hanging, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit } from '../../support/render';
import { ADA, GRACE, renderDetail } from './support';

useMswServer();

const root = (container: HTMLElement) => container.querySelector('[data-pk-component="admin-user-detail"]');

describe.each(BACKEND_KINDS)('AdminUserDetail states over %s', (kind) => {
  it('loading: a skeleton, announced, on the root with the host class', async () => {
    const b = await createComponentBackend(kind);
    const { container } = renderWithProfileKit(<AdminUserDetail userId={GRACE} className="host-class" />, { adapter: hanging(b.admin, 'getUser') });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(root(container)).toHaveAttribute('data-state', 'loading');
    expect(root(container)).toHaveClass('pk-admin-user-detail', 'host-class');
    await expectNoAxeViolations();
  });

  it('loaded: every visible built-in in order, custom fields, billing, API keys and the history', async () => {
    const b = await createComponentBackend(kind);
    const { container } = await renderDetail(b.admin);
    expect(root(container)).toHaveAttribute('data-state', 'ready');
    expect(root(container)).toHaveClass('host-class');
    expect(screen.getByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeInTheDocument();
    const account = screen.getByRole('region', { name: 'Account' });
    const fields = [...account.querySelectorAll('[data-pk-field]')].map((row) => row.getAttribute('data-pk-field'));
    expect(fields).toEqual(['id', 'email', 'name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale', 'identities', 'roles', 'activeApps', 'createdAt']);
    expect(screen.getByRole('region', { name: 'Billing' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'API keys' })).toHaveTextContent('No API keys.');
    expect(screen.getByRole('region', { name: 'Custom fields' })).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'History' })).findByText(/Account created/)).toBeInTheDocument();
    // Admin-only custom field shown; the user's private one is not.
    expect(screen.getByText('Internal note')).toBeInTheDocument();
    expect(screen.queryByText('Private note')).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('id, created at and linked identities are greyed, focusable, with their reason, and never editable', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const cases = [
      ['Account ID', GRACE, 'This never changes.'],
      ['Created', 'Nov 23, 2026', 'This never changes.'],
      ['Linked accounts', 'github: grace@example.com', 'Managed by your sign-in provider.'],
    ] as const;
    for (const [label, value, reason] of cases) {
      const input = screen.getByRole('textbox', { name: label });
      expect(input).toHaveAttribute('readonly');
      expect((input as HTMLInputElement).value).toContain(value);
      expect(input).toHaveAccessibleDescription(reason);
      expect(input.closest('[data-pk-field]')).toHaveAttribute('data-state', 'readonly');
      expect(screen.queryByRole('button', { name: new RegExp(`^Edit ${label},`) })).not.toBeInTheDocument();
      await user.click(input);
      expect(input).toHaveFocus();
      await user.keyboard('x{Enter}');
      expect(input).toHaveAttribute('readonly');
    }
    expect((await b.admin.getUser(GRACE)).version).toBe(1);
  });

  it('a non-admin gets "not allowed", with no retry, and no call for the audit', async () => {
    const b = await createComponentBackend(kind);
    const listAudit = vi.fn(b.user.listAudit);
    const { container } = renderWithProfileKit(<AdminUserDetail userId={ADA} />, { adapter: { ...b.user, listAudit } });
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
    expect(listAudit).not.toHaveBeenCalled();
    expect(root(container)).toHaveAttribute('data-state', 'error');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('a non-admin opening their own id is not allowed either', async () => {
    const b = await createComponentBackend(kind);
    renderWithProfileKit(<AdminUserDetail userId={GRACE} />, { adapter: b.user });
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
  });

  it('an unknown user: "not found", with no retry', async () => {
    const b = await createComponentBackend(kind);
    renderWithProfileKit(<AdminUserDetail userId="nobody" />, { adapter: b.admin });
    expect(await screen.findByRole('alert')).toHaveTextContent('Not found.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('a failed load offers a retry that works', async () => {
    const b = await createComponentBackend(kind);
    const { user } = renderWithProfileKit(<AdminUserDetail userId={GRACE} />, {
      adapter: failing(b.admin, 'getUser', new ProfileError('unavailable', 'down'), { times: 1 }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server');
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeInTheDocument();
  });

  it('an admin on their own account: the same screen', async () => {
    const b = await createComponentBackend(kind);
    await renderDetail(b.admin, { userId: ADA });
    expect(screen.getByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Roles, admin' })).toBeInTheDocument());
  });
});
