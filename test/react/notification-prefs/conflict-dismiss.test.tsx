import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ProfileAdapter } from '../../../src/core';
import { fr, NotificationPrefs } from '../../../src/react';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, gated, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit, type RenderOptions } from '../../support/render';

useMswServer();

const MINE = 'Workout reminders by Email';
const UNRESOLVED =
  'Your choice is not saved yet: Workout reminders by Email. Someone else changed these notifications meanwhile. Save again to compare and choose.';

async function renderInstant(adapter: ProfileAdapter, options: Omit<RenderOptions, 'adapter'> = {}) {
  const onSaved = vi.fn();
  const result = renderWithProfileKit(<NotificationPrefs onSaved={onSaved} />, { adapter, ...options });
  await screen.findByRole('table', {}, { timeout: 5000 });
  const root = result.container.querySelector('[data-pk-component="notification-prefs"]') as HTMLElement;
  const toggle = (name: string) => screen.getByRole('switch', { name });
  const saveAgain = () => screen.getByRole('button', { name: 'Save again' });
  return { ...result, root, onSaved, toggle, saveAgain };
}

/** Someone else turns Offers by Email on (version 2); then the user turns Workout reminders by Email off, on version 1. */
async function conflictOnToggle(adapter: ProfileAdapter, b: Awaited<ReturnType<typeof createComponentBackend>>) {
  const view = await renderInstant(adapter);
  await b.user.updateProfile({ notifications: { email: { marketing: true } } }, 1); // another tab
  await view.user.click(view.toggle(MINE));
  const dialog = await screen.findByRole('alertdialog', { name: /changed while you were editing/ });
  expect(view.root).toHaveAttribute('data-state', 'conflict');
  // My choice, behind the (modal) dialog too.
  expect(screen.getByRole('switch', { name: MINE, hidden: true })).not.toBeChecked();
  return { ...view, dialog };
}

/** The dialog's row for my switch: their value, then mine. */
const conflictRow = (dialog: HTMLElement) => within(within(dialog).getByRole('row', { name: /Workout reminders \(Email\)/ })).getAllByRole('cell').map((c) => c.textContent);

// Issue 10: in instant mode too, closing the conflict dialog without a choice keeps the toggle.
describe.each(BACKEND_KINDS)('NotificationPrefs (instant) conflict dialog closed without a choice over %s', (kind) => {
  it('Escape keeps my value shown, unsaved and named; Save again compares anew; keep theirs drops it', async () => {
    const b = await createComponentBackend(kind);
    const { user, root, toggle, saveAgain, onSaved } = await conflictOnToggle(b.user, b);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    expect(toggle(MINE)).not.toBeChecked();
    expect(toggle('Offers by Email')).toBeChecked(); // theirs, brought in
    expect(screen.getByRole('alert')).toHaveTextContent(UNRESOLVED);
    expect(toggle(MINE)).toHaveAccessibleDescription(UNRESOLVED);
    expect(toggle(MINE).closest('td')).toHaveAttribute('data-state', 'unsaved');
    expect(toggle('Offers by Email')).not.toHaveAccessibleDescription(expect.stringContaining('not saved'));
    expect(saveAgain()).toHaveAccessibleDescription(UNRESOLVED);
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes: 1');
    expect(root).toHaveAttribute('data-state', 'dirty');
    await waitFor(() => expect(toggle(MINE)).toHaveFocus());
    const stored = await b.user.getProfile();
    expect(stored.version).toBe(2);
    expect(stored.notifications?.email?.workouts).not.toBe(false); // theirs: on
    expect(onSaved).not.toHaveBeenCalled();
    await expectNoAxeViolations();

    await user.click(saveAgain());
    const again = await screen.findByRole('alertdialog');
    expect(conflictRow(again)).toEqual(['Yes', 'No']);
    expect(root).toHaveAttribute('data-state', 'conflict');
    await user.click(within(again).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(toggle(MINE)).toBeChecked();
    expect(toggle(MINE).closest('td')).not.toHaveAttribute('data-state');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save again' })).not.toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'ready');
    // "Save again" went away under focus: it goes to the switch, never to the page.
    await waitFor(() => expect(toggle(MINE)).toHaveFocus());
    expect((await b.user.getProfile()).version).toBe(2);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('a click outside does the same; Save again then overwrite with mine saves my value on top of theirs', async () => {
    const b = await createComponentBackend(kind);
    const { user, root, toggle, saveAgain, onSaved } = await conflictOnToggle(b.user, b);
    await user.click(document.querySelector<HTMLElement>('.pk-overlay')!);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(toggle(MINE)).not.toBeChecked();
    expect(screen.getByRole('alert')).toHaveTextContent(UNRESOLVED);
    expect(root).toHaveAttribute('data-state', 'dirty');
    expect(document.activeElement).not.toBe(document.body);
    expect((await b.user.getProfile()).notifications?.email?.workouts).not.toBe(false);

    // By keyboard: Save again, then Escape again: still unsaved, focus back on Save again.
    saveAgain().focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(saveAgain()).toHaveFocus());
    expect(toggle(MINE)).not.toBeChecked();
    expect((await b.user.getProfile()).version).toBe(2);

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog');
    expect(conflictRow(again)).toEqual(['Yes', 'No']);
    await user.click(within(again).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'saved'));
    expect(toggle(MINE)).not.toBeChecked();
    expect(toggle('Offers by Email')).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(toggle(MINE)).toHaveFocus());
    const stored = await b.user.getProfile();
    expect(stored.notifications).toMatchObject({ email: { marketing: true, workouts: false } });
    expect(stored.version).toBe(3);
  });

  it('another switch toggled meanwhile saves normally, and the unsaved one stays until resolved', async () => {
    const b = await createComponentBackend(kind);
    const { user, root, toggle, saveAgain, onSaved } = await conflictOnToggle(b.user, b);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    await user.click(toggle('Workout reminders by SMS'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(toggle('Workout reminders by SMS')).not.toBeChecked();
    expect(toggle(MINE)).not.toBeChecked(); // still my unsaved choice
    expect(screen.getByRole('alert')).toHaveTextContent(UNRESOLVED);
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'dirty'));
    let stored = await b.user.getProfile();
    expect(stored.notifications).toMatchObject({ email: { marketing: true }, sms: { workouts: false } });
    expect(stored.notifications?.email?.workouts).not.toBe(false);
    expect(stored.version).toBe(3);

    // The conflict is still there, now against the profile with my own SMS change in it.
    await user.click(saveAgain());
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(2));
    stored = await b.user.getProfile();
    expect(stored.notifications).toMatchObject({ email: { marketing: true, workouts: false }, sms: { workouts: false } });
    expect(stored.version).toBe(4);
  });

  it('toggling the unsaved switch again drops my choice without saving anything', async () => {
    const b = await createComponentBackend(kind);
    const updateProfile = vi.fn(b.user.updateProfile);
    const { user, root, toggle } = await conflictOnToggle({ ...b.user, updateProfile }, b);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const calls = updateProfile.mock.calls.length;
    await user.click(toggle(MINE));
    expect(toggle(MINE)).toBeChecked(); // theirs, as stored
    expect(toggle(MINE)).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save again' })).not.toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(updateProfile.mock.calls.length).toBe(calls);
    // And the switch works as before: the next toggle saves on the current version.
    await user.click(toggle(MINE));
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'saved'));
    expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: true, workouts: false } });
  });

  it('two switches toggled before the first conflict came back both stay unsaved, and are named', async () => {
    const b = await createComponentBackend(kind);
    const slow = gated(b.user, 'updateProfile');
    const { user, toggle, saveAgain } = await renderInstant(slow.adapter);
    await b.user.updateProfile({ notifications: { email: { marketing: true } } }, 1);
    await user.click(toggle(MINE));
    await user.click(toggle('Workout reminders by SMS'));
    slow.release();
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(toggle(MINE)).not.toBeChecked();
    expect(toggle('Workout reminders by SMS')).not.toBeChecked();
    expect(screen.getByRole('alert')).toHaveTextContent('Your choice is not saved yet: Workout reminders by Email and Workout reminders by SMS.');
    expect(toggle('Workout reminders by SMS')).toHaveAccessibleDescription(expect.stringContaining('Workout reminders by SMS'));
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes: 2');

    await user.click(saveAgain());
    const again = await screen.findByRole('alertdialog');
    expect(within(again).getAllByRole('row', { name: /Workout reminders/ })).toHaveLength(2);
    await user.click(within(again).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(toggle('Workout reminders by SMS')).toBeChecked());
    expect(toggle(MINE)).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await b.user.getProfile()).version).toBe(2);
  });
});

describe('NotificationPrefs (instant) unsaved choice in French', () => {
  it('says so in the viewer’s language', async () => {
    const b = await createComponentBackend('memory');
    const { user, toggle } = await renderInstant(b.user, { messages: fr, locale: 'fr' });
    await b.user.updateProfile({ notifications: { email: { marketing: true } } }, 1);
    await user.click(toggle('Workout reminders par Email'));
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Votre choix n’est pas encore enregistré : Workout reminders par Email. Quelqu’un a modifié ces notifications entre-temps.',
    );
    expect(screen.getByRole('button', { name: 'Enregistrer de nouveau' })).toBeInTheDocument();
    expect(toggle('Workout reminders par Email')).not.toBeChecked();
  });
});
