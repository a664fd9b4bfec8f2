import { composeStories } from '@storybook/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as stories from '../../../stories/profile-form.stories';
import { expectNoAxeViolations } from '../../support/axe';

// The stories as designers see them: each renders, reaches its state, and passes axe.
const {
  Ready,
  Loading,
  LoadFailed,
  WithCustomFields,
  Saving,
  Saved,
  ValidationError,
  VersionConflict,
  PendingEmail,
  EmailTaken,
  ReadOnly,
  AdminView,
  RateLimited,
  NetworkFailure,
  French,
  RightToLeft,
} = composeStories(stories);

async function play(Story: typeof Ready) {
  const { container } = render(<Story />);
  await Story.play?.({ canvasElement: container });
  return container.querySelector('[data-pk-component="profile-form"]') as HTMLElement;
}

const loaded = (label = 'Name') => screen.findByLabelText(label, {}, { timeout: 5000 });

describe('ProfileForm stories', () => {
  it('Ready shows Grace pre-filled', async () => {
    const root = await play(Ready);
    expect(await loaded()).toHaveValue('Grace Hopper');
    expect(root).toHaveAttribute('data-state', 'ready');
    await expectNoAxeViolations();
  });

  it('Loading stays on its skeleton', async () => {
    const root = await play(Loading);
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await expectNoAxeViolations();
  });

  it('LoadFailed offers a retry', async () => {
    const root = await play(LoadFailed);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations();
  });

  it('WithCustomFields adds the declared fields', async () => {
    await play(WithCustomFields);
    expect(await loaded('Height')).toHaveValue(170);
    await expectNoAxeViolations();
  });

  it('Saving marks Save aria-disabled', async () => {
    const root = await play(Saving);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
    expect(root).toHaveAttribute('data-state', 'saving');
    await expectNoAxeViolations();
  });

  it('Saved announces it', async () => {
    await play(Saved);
    expect(screen.getByText('Your profile is saved.')).toHaveAttribute('role', 'status');
    expect(screen.getByLabelText('Company')).toHaveValue('Harvard Mark I Labs');
    await expectNoAxeViolations();
  });

  it('ValidationError marks the fields', async () => {
    await play(ValidationError);
    expect(screen.getByLabelText('Phone')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Picture URL')).toHaveAccessibleDescription('Use an https:// address');
    await expectNoAxeViolations();
  });

  it('VersionConflict shows theirs beside yours', async () => {
    const root = await play(VersionConflict);
    const dialog = screen.getByRole('alertdialog');
    const row = within(dialog).getByRole('row', { name: /Company/ });
    expect(row).toHaveTextContent('UNIVAC');
    expect(row).toHaveTextContent('Harvard Mark I Labs');
    expect(root).toHaveAttribute('data-state', 'conflict');
    await expectNoAxeViolations();
  });

  it('PendingEmail shows the banner', async () => {
    await play(PendingEmail);
    expect(await screen.findByRole('group', { name: 'Confirm grace.hopper@navy.example: we sent a link to it.' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resend link' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel change' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('EmailTaken puts the error on the new address', async () => {
    await play(EmailTaken);
    expect(screen.getByLabelText('New email address')).toHaveAccessibleDescription('Another account already uses this email address.');
    await expectNoAxeViolations();
  });

  it('ReadOnly: every field readonly, no Save', async () => {
    const root = await play(ReadOnly);
    expect(await loaded()).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'readonly');
    await expectNoAxeViolations();
  });

  it('AdminView shows billing and masked API keys, and no email change', async () => {
    await play(AdminView);
    expect(await screen.findByRole('group', { name: 'Billing' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'API keys' })).toHaveTextContent('pk_live_ab12…');
    expect(screen.queryByRole('button', { name: 'Change email' })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it.each([
    ['RateLimited', RateLimited, 'Too many attempts. Try again in 30 seconds.'],
    ['NetworkFailure', NetworkFailure, 'Cannot reach the server. Check your connection and try again.'],
  ])('%s says what went wrong in an alert', async (_name, Story, message) => {
    await play(Story);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByLabelText('Company')).toHaveValue('Harvard Mark I Labs');
    await expectNoAxeViolations();
  });

  it('French and RightToLeft speak French', async () => {
    await play(French);
    expect(await screen.findByRole('button', { name: 'Enregistrer' }, { timeout: 5000 })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('RightToLeft renders inside dir=rtl', async () => {
    const root = await play(RightToLeft);
    await waitFor(() => expect(root?.closest('[dir]')).toHaveAttribute('dir', 'rtl'));
    expect(await screen.findByRole('button', { name: 'Enregistrer' }, { timeout: 5000 })).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
