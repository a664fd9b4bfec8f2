import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '../../../src/core';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, useMswServer } from '../../support/component-backends';
import { gated } from '../../support/component-backends';
import { auditOf, GRACE, renderDetail } from './support';

useMswServer();

const NUMBER = '+44 20 7946 0000';

describe.each(BACKEND_KINDS)('AdminUserDetail inline editing over %s', (kind) => {
  it('click, type, Enter: saves, shows a spinner meanwhile, returns focus, and the history shows one entry with before/after', async () => {
    const b = await createComponentBackend(kind);
    const slow = gated(b.admin, 'updateUser');
    const { user } = await renderDetail(slow.adapter);
    await user.click(screen.getByRole('button', { name: 'Edit Phone, Not set' }));
    const input = screen.getByRole('textbox', { name: 'Phone' });
    expect(input).toHaveFocus();
    await user.type(input, `${NUMBER}{Enter}`);
    // Optimistic: the new value at once, with a spinner, until the server answers.
    const value = screen.getByRole('button', { name: `Edit Phone, ${NUMBER}` });
    expect(value).toHaveFocus();
    expect(value.closest('[data-pk-field]')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status', { name: 'Saving Phone…' })).toBeInTheDocument();
    await expectNoAxeViolations();
    slow.release();
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Saving Phone…' })).not.toBeInTheDocument());
    await waitFor(() => expect(value.closest('[data-pk-field]')).toHaveAttribute('data-state', 'idle'));
    expect((await b.admin.getUser(GRACE)).phone).toBe(NUMBER);
    const updates = (await auditOf(b.backend)).filter((entry) => entry.action === 'profile.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes).toEqual([{ field: 'phone', before: null, after: NUMBER }]);
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText(`Phone: Not set → ${NUMBER}`)).toBeInTheDocument();
    expect(within(history).getByText(/Profile updated by you/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('works from the keyboard alone: Tab to the value, Enter opens with the text selected, Enter saves', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    const company = screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' });
    while (document.activeElement !== company) await user.tab();
    await user.keyboard('{Enter}');
    const input = screen.getByRole('textbox', { name: 'Company' });
    expect(input).toHaveFocus();
    expect([(input as HTMLInputElement).selectionStart, (input as HTMLInputElement).selectionEnd]).toEqual([0, 'Harvard Mark I'.length]);
    await user.keyboard('Navy{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Company, Navy' })).toHaveFocus());
    expect((await b.admin.getUser(GRACE)).company).toBe('Navy');
  });

  it('Escape cancels: the old value is back, focus too, and nothing is written', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.keyboard('{Control>}a{/Control}Navy{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Company' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' })).toHaveFocus();
    expect((await b.admin.getUser(GRACE)).version).toBe(1);
    expect(await auditOf(b.backend)).toHaveLength(1);
  });

  it('leaving the field saves it; leaving it unchanged writes nothing', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.click(screen.getByRole('heading', { level: 2 }));
    expect(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.clear(screen.getByRole('textbox', { name: 'Company' }));
    await user.type(screen.getByRole('textbox', { name: 'Company' }), 'Navy');
    await user.click(screen.getByRole('heading', { level: 2 }));
    await screen.findByRole('button', { name: 'Edit Company, Navy' });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).company).toBe('Navy'));
    expect((await auditOf(b.backend)).filter((entry) => entry.action === 'profile.update')).toHaveLength(1);
  });

  it('a value the core schema refuses stays in the input with the error tied to it, and nothing is written', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Phone, Not set' }));
    await user.keyboard('abc{Enter}');
    const input = screen.getByRole('textbox', { name: 'Phone' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Use digits, spaces and + ( ) - . only');
    expect(input).toHaveValue('abc');
    expect(input).toHaveFocus();
    expect(input.closest('[data-pk-field]')).toHaveAttribute('data-state', 'invalid');
    await expectNoAxeViolations();
    expect((await b.admin.getUser(GRACE)).version).toBe(1);
  });

  it('a server-side refusal rolls the value back and reopens the input with what was typed and the server message', async () => {
    const b = await createComponentBackend(kind);
    const refusal = new ProfileError('validation', 'Some fields are not valid', { fields: { company: 'At most 200 characters' } });
    const { user } = await renderDetail(failing(b.admin, 'updateUser', refusal, { times: 1 }));
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.keyboard('{Control>}a{/Control}Navy{Enter}');
    const input = await screen.findByRole('textbox', { name: 'Company' });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveValue('Navy');
    expect(input).toHaveAccessibleDescription('At most 200 characters');
    await waitFor(() => expect(input).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' })).toBeInTheDocument();
    expect((await b.admin.getUser(GRACE)).company).toBe('Harvard Mark I');
  });

  it('a network failure says so on the field; the next try goes through', async () => {
    const b = await createComponentBackend(kind);
    const offline = new ProfileError('unavailable', 'Network down');
    const { user } = await renderDetail(failing(b.admin, 'updateUser', offline, { times: 1 }));
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.keyboard('{Control>}a{/Control}Navy{Enter}');
    const input = await screen.findByRole('textbox', { name: 'Company' });
    await waitFor(() => expect(input).toHaveAccessibleDescription('Cannot reach the server. Check your connection and try again.'));
    await expectNoAxeViolations();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Edit Company, Navy' });
    expect((await b.admin.getUser(GRACE)).company).toBe('Navy');
  });

  it('rate limited: says when to try again', async () => {
    const b = await createComponentBackend(kind);
    const limited = new ProfileError('rate_limited', 'Slow down', { retryAfter: 30 });
    const { user } = await renderDetail(failing(b.admin, 'updateUser', limited));
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.keyboard('{Control>}a{/Control}Navy{Enter}');
    const input = await screen.findByRole('textbox', { name: 'Company' });
    await waitFor(() => expect(input).toHaveAccessibleDescription('Too many attempts. Try again in 30 seconds.'));
    expect((await b.admin.getUser(GRACE)).company).toBe('Harvard Mark I');
  });

  it('someone else saved meanwhile: a dialog shows theirs beside mine; keep theirs writes nothing', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await b.user.updateProfile({ company: 'UNIVAC' }, 1);
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.keyboard('{Control>}a{/Control}Navy{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: /changed while you were editing/ });
    const row = within(dialog).getByRole('row', { name: /Company/ });
    expect(row).toHaveTextContent('UNIVAC');
    expect(row).toHaveTextContent('Navy');
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Edit Company, UNIVAC' })).toHaveFocus();
    expect((await b.admin.getUser(GRACE)).version).toBe(2);
  });

  it('someone else saved meanwhile: overwrite with mine retries on their version', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await b.user.updateProfile({ phone: '+1 555 0100' }, 1);
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.keyboard('{Control>}a{/Control}Navy{Enter}');
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await screen.findByRole('button', { name: 'Edit Company, Navy' });
    const saved = await b.admin.getUser(GRACE);
    expect([saved.company, saved.phone, saved.version]).toEqual(['Navy', '+1 555 0100', 3]);
  });

  it('two quick edits in a row do not conflict with each other', async () => {
    const b = await createComponentBackend(kind);
    const { user } = await renderDetail(b.admin);
    await user.click(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' }));
    await user.keyboard('{Control>}a{/Control}Navy{Enter}');
    await user.click(screen.getByRole('button', { name: 'Edit Phone, Not set' }));
    await user.keyboard(`${NUMBER}{Enter}`);
    await screen.findByRole('button', { name: `Edit Phone, ${NUMBER}` });
    await waitFor(async () => expect((await b.admin.getUser(GRACE)).version).toBe(3));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
