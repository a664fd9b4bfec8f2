import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defineProfileConfig, ProfileError, type ProfileAdapter, type ProfilePatch } from '../../../src/core';
import { fr, NotificationPrefs, ProfileKitProvider, type NotificationPrefsProps } from '../../../src/react';
import { exampleConfigInput } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, hanging, useMswServer } from '../../support/component-backends';
import { renderWithProfileKit, type RenderOptions } from '../../support/render';
import { GRACE } from '../../support/seed';

useMswServer();

async function renderPrefs(adapter: ProfileAdapter, props: NotificationPrefsProps = {}, options: Omit<RenderOptions, 'adapter'> = {}) {
  const onSaved = vi.fn();
  const result = renderWithProfileKit(<NotificationPrefs className="app-prefs" onSaved={onSaved} {...props} />, { adapter, ...options });
  await screen.findByRole('table', {}, { timeout: 5000 });
  const root = result.container.querySelector('[data-pk-component="notification-prefs"]') as HTMLElement;
  const toggle = (name: string) => screen.getByRole('switch', { name });
  return { ...result, root, onSaved, toggle };
}

/** An adapter whose profile saves wait until the test lets them through (or fails them). */
function deferredSaves(adapter: ProfileAdapter) {
  const waiting: { pass: () => void; fail: (error: unknown) => void }[] = [];
  const hold =
    <A extends unknown[]>(method: (...args: A) => Promise<unknown>) =>
    (...args: A) =>
      new Promise((resolve, reject) => {
        waiting.push({ pass: () => void method(...args).then(resolve, reject), fail: reject });
      });
  return {
    adapter: { ...adapter, updateProfile: hold(adapter.updateProfile), updateUser: hold(adapter.updateUser) } as ProfileAdapter,
    waiting,
  };
}

describe.each(BACKEND_KINDS)('NotificationPrefs over %s', (kind) => {
  it('shows a skeleton while loading', async () => {
    const b = await createComponentBackend(kind);
    const { container } = renderWithProfileKit(<NotificationPrefs />, { adapter: hanging(b.user, 'getProfile') });
    expect(container.querySelector('[data-pk-component="notification-prefs"]')).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('a failed load offers a retry that recovers', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'getProfile', new ProfileError('unavailable', 'offline'), { times: 1 });
    const { user, container } = renderWithProfileKit(<NotificationPrefs />, { adapter });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cannot reach the server');
    expect(container.querySelector('[data-pk-component="notification-prefs"]')).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('shows channels as columns and topics as rows, values resolved from the defaults, a dash where a topic is not sent', async () => {
    const b = await createComponentBackend(kind);
    const { root, toggle } = await renderPrefs(b.user);
    expect(root).toHaveClass('pk-root', 'pk-notification-prefs', 'app-prefs');
    expect(root).toHaveAttribute('data-state', 'ready');
    const table = screen.getByRole('table', { name: 'Notifications' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Topic', 'Email', 'SMS']);
    expect(within(table).getAllByRole('rowheader').map((h) => within(h).getByText(/./, { selector: '.pk-notification-topic-label' }).textContent)).toEqual([
      'Security alerts',
      'Workout reminders',
      'Offers',
    ]);
    expect(toggle('Workout reminders by Email')).toBeChecked();
    expect(toggle('Workout reminders by SMS')).toBeChecked();
    expect(toggle('Offers by Email')).not.toBeChecked();
    expect(screen.queryByRole('switch', { name: 'Offers by SMS' })).not.toBeInTheDocument();
    expect(screen.getByText('Offers is not sent by SMS')).toBeInTheDocument();
    expect(screen.getAllByRole('switch')).toHaveLength(5);
    await expectNoAxeViolations();
  });

  it('mandatory topics are on, focusable and locked, with the reason tied to each switch', async () => {
    const b = await createComponentBackend(kind);
    const { user, toggle } = await renderPrefs(b.user);
    const security = toggle('Security alerts by Email');
    expect(security).toBeChecked();
    expect(security).toHaveAttribute('aria-readonly', 'true');
    expect(security).toBeEnabled();
    expect(security).toHaveAccessibleDescription('Always on: these notices keep the account safe.');
    await user.click(security);
    security.focus();
    await user.keyboard(' ');
    expect(security).toHaveFocus();
    expect(security).toBeChecked();
    expect(toggle('Security alerts by SMS')).toBeChecked();
    expect((await b.user.getProfile()).version).toBe(1); // nothing was sent
    await expectNoAxeViolations();
  });

  it('a switch saves at once, and stays saved when the page is opened again', async () => {
    const b = await createComponentBackend(kind);
    const { user, toggle, onSaved, root, unmount } = await renderPrefs(b.user);
    await user.click(toggle('Offers by Email'));
    expect(toggle('Offers by Email')).toBeChecked();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
    expect(root).toHaveAttribute('data-state', 'saved');
    expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: true } });
    await user.click(toggle('Workout reminders by SMS'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(2));
    unmount();

    render(
      <ProfileKitProvider adapter={b.user}>
        <NotificationPrefs />
      </ProfileKitProvider>,
    );
    expect(await screen.findByRole('switch', { name: 'Offers by Email' }, { timeout: 5000 })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Workout reminders by SMS' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Workout reminders by Email' })).toBeChecked();
  });

  it('shows the change before the server answers, busy until it does', async () => {
    const b = await createComponentBackend(kind);
    const { adapter, waiting } = deferredSaves(b.user);
    const { user, toggle, root } = await renderPrefs(adapter);
    await user.click(toggle('Offers by Email'));
    expect(toggle('Offers by Email')).toBeChecked();
    expect(toggle('Offers by Email')).toHaveAttribute('aria-busy', 'true');
    expect(toggle('Workout reminders by Email')).not.toHaveAttribute('aria-busy');
    expect(root).toHaveAttribute('data-state', 'saving');
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    // A second switch while the first is on its way: shown at once too, and both get saved in turn.
    await user.click(toggle('Workout reminders by SMS'));
    expect(toggle('Workout reminders by SMS')).not.toBeChecked();
    await expectNoAxeViolations();
    await waitFor(() => expect(waiting).toHaveLength(1));
    waiting[0]!.pass();
    await waitFor(() => expect(waiting).toHaveLength(2));
    expect(toggle('Offers by Email')).toBeChecked();
    waiting[1]!.pass();
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'saved'));
    expect(toggle('Offers by Email')).not.toHaveAttribute('aria-busy');
    expect(toggle('Workout reminders by SMS')).not.toBeChecked();
    const saved = await b.user.getProfile();
    expect(saved.notifications).toMatchObject({ email: { marketing: true }, sms: { workouts: false } });
    expect(saved.version).toBe(3);
  });

  it('a failed save turns the switch back and says which one failed', async () => {
    const b = await createComponentBackend(kind);
    const { adapter, waiting } = deferredSaves(b.user);
    const { user, toggle, root } = await renderPrefs(adapter);
    await user.click(toggle('Offers by Email'));
    expect(toggle('Offers by Email')).toBeChecked();
    await waitFor(() => expect(waiting).toHaveLength(1));
    waiting[0]!.fail(new ProfileError('unavailable', 'offline'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not save “Offers by Email”, so it was turned back\. Cannot reach the server/);
    expect(toggle('Offers by Email')).not.toBeChecked();
    expect(root).toHaveAttribute('data-state', 'failed');
    await expectNoAxeViolations();
    // The next toggle clears the alert and saves.
    await user.click(toggle('Offers by Email'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(waiting).toHaveLength(2));
    waiting[1]!.pass();
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'saved'));
    expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: true } });
  });

  it('a rate-limited save is turned back with the wait in seconds', async () => {
    const b = await createComponentBackend(kind);
    const adapter = failing(b.user, 'updateProfile', new ProfileError('rate_limited', 'slow down', { retryAfter: 30 }));
    const { user, toggle } = await renderPrefs(adapter);
    await user.click(toggle('Workout reminders by Email'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    expect(toggle('Workout reminders by Email')).toBeChecked();
  });

  it('a switch saved over a profile that moved on opens the conflict dialog instead of overwriting', async () => {
    const b = await createComponentBackend(kind);
    const { user, toggle } = await renderPrefs(b.user);
    await b.user.updateProfile({ notifications: { email: { marketing: true } } }, 1); // another tab
    await user.click(toggle('Workout reminders by Email'));
    const dialog = await screen.findByRole('alertdialog', { name: /changed while you were editing/ });
    const row = within(dialog).getByRole('row', { name: /Workout reminders \(Email\)/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Yes', 'No']);
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(toggle('Workout reminders by Email')).not.toBeChecked());
    expect(toggle('Offers by Email')).toBeChecked(); // theirs, kept
    expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: true, workouts: false } });
  });

  describe('with a Save button', () => {
    it('keeps changes local until Save, sends only the changed switches, and Reset drops them', async () => {
      const b = await createComponentBackend(kind);
      const updateProfile = vi.fn(b.user.updateProfile);
      const { user, toggle, root, onSaved } = await renderPrefs({ ...b.user, updateProfile }, { mode: 'save-button' });
      const save = screen.getByRole('button', { name: 'Save' });
      const reset = screen.getByRole('button', { name: 'Reset' });
      expect(save).toBeDisabled();
      await user.click(toggle('Offers by Email'));
      await user.click(toggle('Workout reminders by SMS'));
      expect(root).toHaveAttribute('data-state', 'dirty');
      expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes: 2');
      expect(updateProfile).not.toHaveBeenCalled();
      await user.click(reset);
      expect(toggle('Offers by Email')).not.toBeChecked();
      expect(toggle('Workout reminders by SMS')).toBeChecked();
      expect(save).toBeDisabled();

      await user.click(toggle('Offers by Email'));
      await user.click(toggle('Workout reminders by Email'));
      await user.click(toggle('Workout reminders by Email')); // back as it was: not a change
      expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes: 1');
      await user.click(save);
      await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
      expect(updateProfile).toHaveBeenCalledTimes(1);
      expect(updateProfile.mock.calls[0]![0]).toEqual({ notifications: { email: { marketing: true } } } satisfies ProfilePatch);
      expect(screen.getByRole('status')).toHaveTextContent('Saved');
      expect(save).toBeDisabled();
      expect(toggle('Offers by Email')).toBeChecked();
      expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: true } });
      await expectNoAxeViolations();
    });

    it('a profile that moved on opens the conflict dialog; keep theirs drops my changes', async () => {
      const b = await createComponentBackend(kind);
      const { user, toggle, root } = await renderPrefs(b.user, { mode: 'save-button' });
      await user.click(toggle('Offers by Email'));
      await b.user.updateProfile({ notifications: { sms: { workouts: false } } }, 1); // another tab
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const dialog = await screen.findByRole('alertdialog');
      expect(root).toHaveAttribute('data-state', 'conflict');
      const row = within(dialog).getByRole('row', { name: /Offers \(Email\)/ });
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['No', 'Yes']);
      await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
      expect(toggle('Offers by Email')).not.toBeChecked();
      expect(toggle('Workout reminders by SMS')).not.toBeChecked();
      expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
      expect((await b.user.getProfile()).version).toBe(2);
    });

    it('overwrite with mine saves my changes on top of theirs', async () => {
      const b = await createComponentBackend(kind);
      const { user, toggle, onSaved } = await renderPrefs(b.user, { mode: 'save-button' });
      await user.click(toggle('Offers by Email'));
      await b.user.updateProfile({ notifications: { sms: { workouts: false } } }, 1);
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await user.click(await screen.findByRole('button', { name: 'Overwrite with mine' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
      expect(toggle('Offers by Email')).toBeChecked();
      expect(toggle('Workout reminders by SMS')).not.toBeChecked();
      expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: true }, sms: { workouts: false } });
    });

    it('a failed save keeps the changes for another try', async () => {
      const b = await createComponentBackend(kind);
      const adapter = failing(b.user, 'updateProfile', new ProfileError('unavailable', 'offline'), { times: 1 });
      const { user, toggle, onSaved } = await renderPrefs(adapter, { mode: 'save-button' });
      await user.click(toggle('Offers by Email'));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Could not save your changes. Cannot reach the server');
      expect(toggle('Offers by Email')).toBeChecked();
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('after Save, focus moves to the status message, never to the page (issue 10)', async () => {
      const b = await createComponentBackend(kind);
      const { user, toggle, onSaved } = await renderPrefs(b.user, { mode: 'save-button' });
      await user.click(toggle('Offers by Email'));
      const save = screen.getByRole('button', { name: 'Save' });
      await user.click(save);
      await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
      // Nothing left to save: Save is disabled, so focus moved on to what the save says.
      expect(save).toBeDisabled();
      const status = screen.getByRole('status');
      await waitFor(() => expect(status).toHaveFocus());
      expect(status).toHaveTextContent('Saved');
      expect(status).toHaveAttribute('tabindex', '-1');
    });

    it('Escape on the conflict dialog keeps the changed switches, unsaved; Save shows the conflict again', async () => {
      const b = await createComponentBackend(kind);
      const { user, toggle, root } = await renderPrefs(b.user, { mode: 'save-button' });
      await user.click(toggle('Offers by Email'));
      await b.user.updateProfile({ notifications: { sms: { workouts: false } } }, 1); // another tab
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await screen.findByRole('alertdialog');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
      expect(toggle('Offers by Email')).toBeChecked();
      expect(toggle('Workout reminders by SMS')).not.toBeChecked(); // theirs, untouched here
      expect(root).toHaveAttribute('data-state', 'failed');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus());
      expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: false } });
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
    });

    it('disables Save while saving', async () => {
      const b = await createComponentBackend(kind);
      const { user, toggle, root } = await renderPrefs(hanging(b.user, 'updateProfile'), { mode: 'save-button' });
      await user.click(toggle('Offers by Email'));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(root).toHaveAttribute('data-state', 'saving'));
      // aria-disabled (issue 10): a disabled button would drop focus to the page.
      expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    });
  });

  it('an admin edits another user’s preferences', async () => {
    const b = await createComponentBackend(kind);
    const { user, toggle, onSaved } = await renderPrefs(b.admin, { userId: GRACE });
    await user.click(toggle('Offers by Email'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: GRACE })));
    expect((await b.user.getProfile()).notifications).toMatchObject({ email: { marketing: true } });
    expect((await b.admin.getProfile()).notifications ?? {}).not.toMatchObject({ email: { marketing: true } });
  });

  it('read-only when the viewer may not change them: every switch locked, with the reason', async () => {
    const config = defineProfileConfig({ ...exampleConfigInput, fields: { notifications: { edit: ['admin'] } } });
    const b = await createComponentBackend(kind, { config });
    const { user, toggle, root } = await renderPrefs(b.user, { mode: 'save-button' });
    expect(root).toHaveAttribute('data-state', 'readonly');
    expect(screen.getByText('You cannot change this.')).toBeInTheDocument();
    for (const cell of screen.getAllByRole('switch')) {
      expect(cell).toHaveAttribute('aria-readonly', 'true');
      expect(cell).toHaveAccessibleDescription(expect.stringContaining('You cannot change this.'));
    }
    await user.click(toggle('Offers by Email'));
    expect(toggle('Offers by Email')).not.toBeChecked();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('renders nothing when the viewer may not see them', async () => {
    const config = defineProfileConfig({ ...exampleConfigInput, fields: { notifications: { view: ['admin'], edit: ['admin'] } } });
    const b = await createComponentBackend(kind, { config });
    const { container } = renderWithProfileKit(<NotificationPrefs />, { adapter: b.user });
    await waitFor(() => expect(container.querySelector('[data-pk-component="notification-prefs"]')).not.toBeInTheDocument());
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('NotificationPrefs in French and right-to-left', () => {
  it('takes its words from the messages and its labels from the config', async () => {
    const b = await createComponentBackend('memory');
    const { user, toggle } = await renderPrefs(b.user, { mode: 'save-button' }, { messages: fr, locale: 'fr', dir: 'rtl' });
    expect(screen.getByRole('columnheader', { name: 'Sujet' })).toBeInTheDocument();
    expect(toggle('Offers par Email')).not.toBeChecked();
    expect(screen.getByText('Offers n’est pas envoyé par SMS')).toBeInTheDocument();
    expect(toggle('Security alerts par SMS')).toHaveAccessibleDescription('Toujours activé : ces avis protègent le compte.');
    await user.click(toggle('Offers par Email'));
    expect(screen.getByRole('status')).toHaveTextContent('Modifications non enregistrées : 1');
    expect(screen.getByRole('button', { name: 'Réinitialiser' })).toBeEnabled();
    await expectNoAxeViolations();
  });
});
