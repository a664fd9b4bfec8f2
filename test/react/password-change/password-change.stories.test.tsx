import { composeStories } from '@storybook/react';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as stories from '../../../stories/password-change.stories';
import { expectNoAxeViolations } from '../../support/axe';

// The stories as designers see them: each renders, reaches its state, and passes axe.
const { Ready, Loading, LoadFailed, EmptySubmit, PolicyReason, ConfirmationMismatch, WrongCurrentPassword, Submitting, Changed, RateLimited, NetworkFailure, French, RightToLeft } =
  composeStories(stories);

async function play(Story: typeof Ready) {
  const { container } = render(<Story />);
  await Story.play?.({ canvasElement: container });
  const root = container.querySelector('[data-pk-component="password-change"]');
  return root as HTMLElement;
}

const loaded = () => screen.findByLabelText(/Current password|Mot de passe actuel/, {}, { timeout: 5000 });

describe('PasswordChange stories', () => {
  it('Ready shows the three fields and the policy hint', async () => {
    const root = await play(Ready);
    await loaded();
    expect(root).toHaveAttribute('data-state', 'idle');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Use 12 to 128 characters/);
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

  it.each([
    ['EmptySubmit', EmptySubmit, 'Enter your current password'],
    ['PolicyReason', PolicyReason, 'This password is too common; choose another'],
    ['ConfirmationMismatch', ConfirmationMismatch, 'The passwords do not match'],
    ['WrongCurrentPassword', WrongCurrentPassword, 'The current password is not correct'],
  ])('%s shows the reason on its field', async (_name, Story, reason) => {
    const root = await play(Story);
    expect(screen.getByText(reason)).toBeInTheDocument();
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'invalid'));
    await expectNoAxeViolations();
  });

  it('Submitting disables the button', async () => {
    const root = await play(Submitting);
    expect(screen.getByRole('button', { name: 'Change password' })).toBeDisabled();
    expect(root).toHaveAttribute('data-state', 'submitting');
    await expectNoAxeViolations();
  });

  it('Changed clears the fields and announces it', async () => {
    const root = await play(Changed);
    expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed.');
    expect(screen.getByLabelText('New password')).toHaveValue('');
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'));
    await expectNoAxeViolations();
  });

  it.each([
    ['RateLimited', RateLimited, 'Too many attempts. Try again in 840 seconds.'],
    ['NetworkFailure', NetworkFailure, 'Cannot reach the server. Check your connection and try again.'],
  ])('%s says what went wrong in an alert', async (_name, Story, message) => {
    const root = await play(Story);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'failed'));
    await expectNoAxeViolations();
  });

  it('French and RightToLeft speak French', async () => {
    for (const Story of [French, RightToLeft]) {
      const { unmount } = render(<Story />);
      await loaded();
      expect(screen.getByRole('heading', { name: 'Changer de mot de passe' })).toBeInTheDocument();
      await expectNoAxeViolations();
      unmount();
    }
    render(<RightToLeft />);
    expect((await loaded()).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });
});
