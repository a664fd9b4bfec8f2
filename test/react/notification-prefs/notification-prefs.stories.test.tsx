import { composeStories } from '@storybook/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as stories from '../../../stories/notification-prefs.stories';
import { expectNoAxeViolations } from '../../support/axe';

// The stories as designers see them: each renders, reaches its state, and passes axe.
const all = composeStories(stories);

async function play(Story: (typeof all)[keyof typeof all]) {
  const { container } = render(<Story />);
  await Story.play?.({ canvasElement: container });
  return container.querySelector('[data-pk-component="notification-prefs"]') as HTMLElement;
}

const table = () => screen.findByRole('table', {}, { timeout: 5000 });

describe('NotificationPrefs stories', () => {
  it('Instant shows the grid with the mandatory row locked', async () => {
    const root = await play(all.Instant);
    await table();
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('switch', { name: 'Security alerts by Email' })).toHaveAttribute('aria-readonly', 'true');
    await expectNoAxeViolations();
  });

  it('Loading and LoadFailed', async () => {
    const loading = render(<all.Loading />);
    expect(loading.container.querySelector('[data-pk-component]')).toHaveAttribute('data-state', 'loading');
    await expectNoAxeViolations();
    loading.unmount();
    const failed = await play(all.LoadFailed);
    await screen.findByRole('button', { name: 'Try again' });
    expect(failed).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations();
  });

  it('Saving shows the switch on and busy', async () => {
    const root = await play(all.Saving);
    expect(screen.getByRole('switch', { name: 'Offers by Email' })).toBeChecked();
    expect(root).toHaveAttribute('data-state', 'saving');
    await expectNoAxeViolations();
  });

  it('SaveFailed turns the switch back and names it', async () => {
    const root = await play(all.SaveFailed);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not save “Offers by Email”');
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Offers by Email' })).not.toBeChecked());
    expect(root).toHaveAttribute('data-state', 'failed');
    await expectNoAxeViolations();
  });

  it('WithSaveButton holds the change until Save', async () => {
    const root = await play(all.WithSaveButton);
    expect(root).toHaveAttribute('data-state', 'dirty');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    await expectNoAxeViolations();
  });

  it('VersionConflict opens the conflict dialog', async () => {
    const root = await play(all.VersionConflict);
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('row', { name: /Offers \(Email\)/ })).toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'conflict');
    await expectNoAxeViolations();
  });

  it('ReadOnly locks every switch with the reason', async () => {
    const root = await play(all.ReadOnly);
    await table();
    expect(root).toHaveAttribute('data-state', 'readonly');
    for (const cell of screen.getAllByRole('switch')) expect(cell).toHaveAttribute('aria-readonly', 'true');
    await expectNoAxeViolations();
  });

  it('AdminEditingUser shows Grace’s preferences, editable', async () => {
    await play(all.AdminEditingUser);
    await table();
    expect(screen.getByRole('switch', { name: 'Offers by Email' })).not.toHaveAttribute('aria-readonly');
    await expectNoAxeViolations();
  });

  it('WideGrid and Phone show 3 channels by 6 topics, a dash where a topic is not sent', async () => {
    for (const Story of [all.WideGrid, all.Phone]) {
      const { unmount } = render(<Story />);
      await table();
      expect(screen.getAllByRole('switch')).toHaveLength(17);
      expect(screen.getByText('Tips is not sent by SMS')).toBeInTheDocument();
      expect(screen.getByRole('switch', { name: 'Security alerts by Push' })).toHaveAccessibleDescription(/Sign-ins, password and email changes/);
      await expectNoAxeViolations();
      unmount();
    }
  });

  it('French and RightToLeft speak French', async () => {
    for (const Story of [all.French, all.RightToLeft]) {
      const { unmount } = render(<Story />);
      await table();
      expect(screen.getByRole('columnheader', { name: 'Sujet' })).toBeInTheDocument();
      await expectNoAxeViolations();
      unmount();
    }
  });
});
