import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, useMswServer } from '../../support/component-backends';
import { ADA, auditOf, GRACE, renderDetail } from './support';

useMswServer();

const emailRow = () => document.querySelector<HTMLElement>('[data-pk-field="email"]')!;

describe.each(BACKEND_KINDS)('AdminUserDetail email over %s', (kind) => {
  it('shows the address and that it is verified', async () => {
    const b = await createComponentBackend(kind);
    await renderDetail(b.admin);
    expect(emailRow()).toHaveTextContent('grace@example.com');
    expect(emailRow()).toHaveTextContent('Verified');
    expect(emailRow()).not.toHaveTextContent('Pending');
  });

  it('a new address without "mark verified" goes pending: the old one stays, the pending one is shown, a link is mailed', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    const input = screen.getByRole('textbox', { name: 'New email address' });
    expect(input).toHaveFocus();
    expect(screen.getByRole('switch', { name: 'Mark as verified' })).not.toBeChecked();
    await expectNoAxeViolations();
    await user.type(input, 'grace.hopper@navy.mil{Enter}');
    await waitFor(() => expect(emailRow()).toHaveTextContent('Pending: grace.hopper@navy.mil'));
    expect(emailRow()).toHaveTextContent('grace@example.com');
    expect(screen.getByRole('button', { name: 'Change email' })).toHaveFocus();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('A confirmation link was sent to grace.hopper@navy.mil.');
    const saved = await b.admin.getUser(GRACE);
    expect([saved.email, saved.pendingEmail]).toEqual(['grace@example.com', 'grace.hopper@navy.mil']);
    expect(b.backend.mailer.messages().some((m) => m.to === 'grace.hopper@navy.mil')).toBe(true);
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText(/Email change requested by you/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('"mark as verified" applies the address at once, verified, without a confirmation mail', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await user.type(screen.getByRole('textbox', { name: 'New email address' }), 'grace.hopper@navy.mil');
    await user.click(screen.getByRole('switch', { name: 'Mark as verified' }));
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await waitFor(() => expect(emailRow()).toHaveTextContent('grace.hopper@navy.mil'));
    expect(emailRow()).toHaveTextContent('Verified');
    expect(emailRow()).not.toHaveTextContent('Pending');
    const saved = await b.admin.getUser(GRACE);
    expect([saved.email, saved.emailVerified, saved.pendingEmail]).toEqual(['grace.hopper@navy.mil', true, null]);
    expect(b.backend.mailer.messages().some((m) => m.to === 'grace.hopper@navy.mil')).toBe(false);
    expect((await auditOf(b.backend))[0]!.action).toBe('email.set');
  });

  it('an address another account holds: the error is on the input, nothing changes', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await user.type(screen.getByRole('textbox', { name: 'New email address' }), 'ADA@example.com{Enter}');
    const input = screen.getByRole('textbox', { name: 'New email address' });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('Another account already uses this email address.');
    expect(input).toHaveFocus();
    await expectNoAxeViolations();
    expect((await b.admin.getUser(GRACE)).email).toBe('grace@example.com');
  });

  it('an invalid address is refused before sending', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await user.type(screen.getByRole('textbox', { name: 'New email address' }), 'not-an-address{Enter}');
    expect(screen.getByRole('textbox', { name: 'New email address' })).toHaveAccessibleDescription('Enter a valid email address');
    expect((await b.admin.getUser(GRACE)).version).toBe(1);
  });

  it('Escape closes the form and writes nothing', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await user.keyboard('x@example.com{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New email address' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change email' })).toHaveFocus();
    expect((await b.admin.getUser(GRACE)).version).toBe(1);
  });

  it('an admin cannot set their own address here: the server says no, and the screen says why', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin, { userId: ADA });
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await user.type(screen.getByRole('textbox', { name: 'New email address' }), 'ada@navy.mil{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Change your own email address from your profile');
    expect((await b.admin.getUser(ADA)).email).toBe('ada@example.com');
  });

  it('someone else saved meanwhile: the conflict dialog; keep theirs writes nothing, overwrite sets mine', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await b.user.updateProfile({ company: 'UNIVAC' }, 1);
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await user.type(screen.getByRole('textbox', { name: 'New email address' }), 'grace.hopper@navy.mil{Enter}');
    let dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByRole('row', { name: /Email/ })).toHaveTextContent('grace.hopper@navy.mil');
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change email' })).toHaveFocus());
    expect((await b.admin.getUser(GRACE)).pendingEmail).toBeNull();
    await b.user.updateProfile({ company: 'Navy' }, 2);
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    await user.type(screen.getByRole('textbox', { name: 'New email address' }), 'grace.hopper@navy.mil{Enter}');
    dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(emailRow()).toHaveTextContent('Pending: grace.hopper@navy.mil'));
    expect((await b.admin.getUser(GRACE)).pendingEmail).toBe('grace.hopper@navy.mil');
  });
});
