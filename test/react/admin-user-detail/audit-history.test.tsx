import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exampleAccounts } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { GRACE, renderDetail } from './support';

useMswServer();

describe.each(BACKEND_KINDS)('AdminUserDetail audit history over %s', (kind) => {
  it('newest first, ten at a time; "Load more" brings the rest and focus moves to the first new entry', async () => {
    const b = await createComponentBackend(kind);
    for (let i = 1; i <= 12; i += 1) {
      await b.admin.updateUser(GRACE, { company: `Company ${i}` }, i);
      b.clock.advance(60_000);
    }
    const { user } = await renderDetail(b.admin);
    const history = screen.getByRole('region', { name: 'History' });
    const entries = () => history.querySelectorAll('[data-pk-audit]');
    await waitFor(() => expect(entries()).toHaveLength(10));
    expect(entries()[0]).toHaveTextContent('Company: Company 11 → Company 12');
    expect(entries()[9]).toHaveTextContent('Company: Company 2 → Company 3');
    expect(entries()[0]!.querySelector('time')).toHaveAttribute('dateTime', '2026-11-23T10:11:00.000Z');
    expect(entries()[0]).toHaveTextContent('Nov 23, 2026, 10:11 AM');
    await expectNoAxeViolations();
    await user.click(within(history).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(entries()).toHaveLength(13));
    expect(entries()[12]).toHaveTextContent('Account created');
    expect(within(history).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    await waitFor(() => expect(entries()[10]).toHaveFocus());
  });

  it("the user's own saves say so; a password change shows no value", async () => {
    const b = await createComponentBackend(kind);
    await b.user.updateProfile({ company: 'Navy' }, 1);
    await b.user.changePassword({ currentPassword: exampleAccounts.user.password, newPassword: 'Nanoseconds-Wire-11.8in' });
    await renderDetail(b.admin);
    const history = screen.getByRole('region', { name: 'History' });
    await within(history).findByText(/Password changed by the user/);
    const newest = history.querySelector('[data-pk-audit]')!;
    expect(newest).toHaveTextContent('Password changed by the user');
    expect(within(newest as HTMLElement).getByRole('listitem')).toHaveTextContent('Password: changed (value hidden)');
    expect(within(history).getByText('Company: Harvard Mark I → Navy').closest('[data-pk-audit]')).toHaveTextContent('Profile updated by the user');
  });

  it('refreshes after each save made on the screen', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const history = screen.getByRole('region', { name: 'History' });
    await within(history).findByText(/Account created/);
    await user.click(screen.getByRole('button', { name: 'Edit Phone, Not set' }));
    await user.keyboard('+1 555 0100{Enter}');
    expect(await within(history).findByText('Phone: Not set → +1 555 0100')).toBeInTheDocument();
    expect(history.querySelectorAll('[data-pk-audit]')).toHaveLength(2);
  });
});
