import { composeStories } from '@storybook/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as stories from '../../../stories/admin-user-detail.stories';
import { expectNoAxeViolations } from '../../support/axe';
import './support';

// The stories as designers see them: each renders, reaches its state, and passes axe.
const all = composeStories(stories);

async function play(Story: (typeof all)[keyof typeof all]) {
  const { container } = render(<Story />);
  await Story.play?.({ canvasElement: container });
  return container.querySelector<HTMLElement>('[data-pk-component="admin-user-detail"]')!;
}

const ready = () => screen.findByRole('heading', { level: 2 }, { timeout: 5000 });

describe('AdminUserDetail stories', () => {
  it('Loaded shows Grace, ready to edit', async () => {
    const root = await play(all.Loaded);
    expect(await ready()).toHaveTextContent('Grace Hopper');
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('button', { name: 'Edit Company, Harvard Mark I' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('Loading stays on its skeleton', async () => {
    const root = await play(all.Loading);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(root).toHaveAttribute('data-state', 'loading');
  });

  it.each([
    ['LoadFailed', all.LoadFailed, 'Cannot reach the server', true],
    ['NotAllowed', all.NotAllowed, 'You are not allowed to do this.', false],
    ['UnknownUser', all.UnknownUser, 'Not found.', false],
  ] as const)('%s shows its error (retry: %s)', async (_name, Story, message, retry) => {
    const root = await play(Story);
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(message);
    expect(root).toHaveAttribute('data-state', 'error');
    expect(screen.queryByRole('button', { name: 'Try again' }) !== null).toBe(retry);
    await expectNoAxeViolations();
  });

  it('Editing has the phone input open and focused', async () => {
    await play(all.Editing);
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveFocus();
    await expectNoAxeViolations();
  });

  it('ValidationError shows the core rule on the input', async () => {
    await play(all.ValidationError);
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription('Use digits, spaces and + ( ) - . only');
  });

  it('Saving shows the new value with a spinner', async () => {
    await play(all.Saving);
    expect(screen.getByRole('button', { name: 'Edit Company, Navy' }).closest('[data-pk-field]')).toHaveAttribute('data-state', 'saving');
    expect(screen.getByRole('status', { name: 'Saving Company…' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('SaveFailed reopens the input with the error', async () => {
    await play(all.SaveFailed);
    expect(screen.getByRole('textbox', { name: 'Company' })).toHaveAccessibleDescription(/Cannot reach the server/);
    await expectNoAxeViolations();
  });

  it('VersionConflict opens the dialog with their value beside mine', async () => {
    await play(all.VersionConflict);
    const row = within(screen.getByRole('alertdialog')).getByRole('row', { name: /Company/ });
    expect(row).toHaveTextContent('UNIVAC');
    expect(row).toHaveTextContent('Navy');
    await expectNoAxeViolations();
  });

  it('PendingEmail shows the pending address beside the current one', async () => {
    await play(all.PendingEmail);
    await ready();
    await waitFor(() => expect(document.querySelector('[data-pk-field="email"]')).toHaveTextContent('Pending: grace.hopper@navy.mil'));
    expect(document.querySelector('[data-pk-field="email"]')).toHaveTextContent('grace@example.com');
  });

  it('ChangeEmail has the form open with "mark as verified" on', async () => {
    await play(all.ChangeEmail);
    expect(screen.getByRole('switch', { name: 'Mark as verified' })).toBeChecked();
    await expectNoAxeViolations();
  });

  it('EmailTaken shows the error on the input', async () => {
    await play(all.EmailTaken);
    expect(screen.getByRole('textbox', { name: 'New email address' })).toHaveAccessibleDescription('Another account already uses this email address.');
  });

  it('ApiKeys lists the masked keys', async () => {
    await play(all.ApiKeys);
    await ready();
    const keys = screen.getByRole('region', { name: 'API keys' });
    await waitFor(() => expect(within(keys).getAllByRole('listitem')).toHaveLength(2));
    expect(within(keys).getByRole('button', { name: 'Revoke key Zapier' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('LongHistory offers "Load more"', async () => {
    await play(all.LongHistory);
    await ready();
    expect(await screen.findByRole('button', { name: 'Load more' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('French renders in French', async () => {
    await play(all.French);
    expect(await screen.findByRole('button', { name: 'Changer l’adresse e-mail' }, { timeout: 5000 })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('RightToLeft renders under dir=rtl', async () => {
    const root = await play(all.RightToLeft);
    await ready();
    expect(root.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations();
  });
});
