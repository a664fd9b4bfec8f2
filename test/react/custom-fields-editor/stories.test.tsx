import { composeStories } from '@storybook/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as stories from '../../../stories/custom-fields-editor.stories';
import { expectNoAxeViolations } from '../../support/axe';

// The stories as designers see them: each renders, reaches its state, and passes axe.
const all = composeStories(stories);

async function play(Story: (typeof all)[keyof typeof all]) {
  const { container } = render(<Story />);
  await Story.play?.({ canvasElement: container });
  return container.querySelector('[data-pk-component="custom-fields-editor"]') as HTMLElement;
}

const form = (name: string | RegExp = 'Additional information') => screen.findByRole('form', { name }, { timeout: 5000 });

describe('CustomFieldsEditor stories', () => {
  it('Ready: every type, memberTier read-only, the attributes', async () => {
    const root = await play(all.Ready);
    await form();
    expect(root).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('switch', { name: 'Monthly newsletter' })).toBeInTheDocument();
    expect(screen.getByLabelText('Member tier')).toHaveAttribute('aria-readonly', 'true');
    expect(screen.getByRole('group', { name: 'Other attributes' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('AsAdmin: internalNote, no privateNote', async () => {
    await play(all.AsAdmin);
    await form();
    expect(screen.getByLabelText('Internal note')).toBeInTheDocument();
    expect(screen.queryByLabelText('Private note')).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('ReadOnlyAttributes: no Add attribute', async () => {
    await play(all.ReadOnlyAttributes);
    await form();
    expect(screen.queryByRole('button', { name: 'Add attribute' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Other attributes' })).getByText('You cannot change this.')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('Empty: says there is nothing to fill in', async () => {
    const root = await play(all.Empty);
    expect(await screen.findByText('There is nothing more to fill in here.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'empty');
    await expectNoAxeViolations();
  });

  it('Loading stays on its skeleton', async () => {
    const root = await play(all.Loading);
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await expectNoAxeViolations();
  });

  it('LoadFailed offers a retry', async () => {
    const root = await play(all.LoadFailed);
    expect(await screen.findByRole('button', { name: 'Try again' }, { timeout: 5000 })).toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations();
  });

  it('Invalid shows the core message on the field', async () => {
    const root = await play(all.Invalid);
    expect(screen.getByLabelText('Height')).toHaveAccessibleDescription('At most 250 cm');
    expect(root).toHaveAttribute('data-state', 'invalid');
    await expectNoAxeViolations();
  });

  it('Saving disables Save', async () => {
    const root = await play(all.Saving);
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(root).toHaveAttribute('data-state', 'saving');
    await expectNoAxeViolations();
  });

  it('Saved announces it', async () => {
    const root = await play(all.Saved);
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'saved'));
    await expectNoAxeViolations();
  });

  it('Conflict opens the dialog', async () => {
    const root = await play(all.Conflict);
    expect(screen.getByRole('alertdialog')).toHaveTextContent('160');
    expect(root).toHaveAttribute('data-state', 'conflict');
    await expectNoAxeViolations();
  });

  it('ConfirmRemove opens the dialog', async () => {
    await play(all.ConfirmRemove);
    expect(screen.getByRole('alertdialog', { name: 'Remove team?' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it.each([
    ['RateLimited', all.RateLimited, 'Too many attempts. Try again in 30 seconds.'],
    ['NetworkFailure', all.NetworkFailure, 'Cannot reach the server.'],
  ])('%s says what went wrong', async (_name, Story, text) => {
    const root = await play(Story);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(root).toHaveAttribute('data-state', 'failed');
    await expectNoAxeViolations();
  });

  it('French and RightToLeft render in French', async () => {
    await play(all.French);
    await form('Informations complémentaires');
    await expectNoAxeViolations();
    document.body.innerHTML = '';
    const { container } = render(<all.RightToLeft />);
    await form('Informations complémentaires');
    expect(container.querySelector('[dir="rtl"] [data-pk-component="custom-fields-editor"]')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
