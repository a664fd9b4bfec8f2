import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/adapters';
import type { ProfileAdapter } from '../../src/core';
import {
  AdminUserDetail,
  CustomFieldsEditor,
  EmailChange,
  NotificationPrefs,
  PasswordChange,
  ProfileForm,
} from '../../src/react';
import { createSqliteStore } from '../../src/stores';
import { createTestApp, listen, PASSWORDS, type TestApp } from '../support/test-app';
import { renderWithProfileKit } from '../support/render';

// Every component against the real reference server: the Express router on SQLite on a real
// port, reached through createHttpAdapter and fetch, as an app would.
let app: TestApp;
let server: Awaited<ReturnType<typeof listen>>;
let store: Awaited<ReturnType<typeof createSqliteStore>>;
const adapter = (who: 'alice' | 'bob' | 'admin'): ProfileAdapter =>
  createHttpAdapter({ baseUrl: server.url, headers: app.users[who].auth });

beforeAll(async () => {
  store = await createSqliteStore({ filename: ':memory:' });
  app = await createTestApp({ store });
  server = await listen(app.app);
});
afterAll(async () => {
  await server.close();
  await store.close();
});

const stored = async (who: 'alice' | 'bob') => (await store.getAccount(app.users[who].id))!;

describe('the components against the reference server on SQLite', () => {
  it('ProfileForm saves only the changed field, with the version, and the store has it', async () => {
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: adapter('alice') });
    const company = await screen.findByLabelText('Company');
    const before = (await stored('alice')).version;
    await user.clear(company);
    await user.type(company, 'Wonderland Ltd');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Your profile is saved.')).toBeInTheDocument());
    const account = await stored('alice');
    expect(account.data.company).toBe('Wonderland Ltd');
    expect(account.version).toBe(before + 1);
    expect((await store.listAudit(app.users.alice.id, { limit: 5 })).items[0]!.changes).toEqual([
      { field: 'company', before: null, after: 'Wonderland Ltd' },
    ]);
  });

  it('ProfileForm: a save from a stale version opens the conflict dialog; overwrite wins on the new version', async () => {
    const { user } = renderWithProfileKit(<ProfileForm />, { adapter: adapter('bob') });
    const phone = await screen.findByLabelText('Phone');
    const { version } = await adapter('admin').getUser(app.users.bob.id);
    await adapter('admin').updateUser(app.users.bob.id, { phone: '+44 20 7946 0000' }, version);
    await user.type(phone, '+1 555 0100');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByRole('row', { name: /Phone/ })).toHaveTextContent('+44 20 7946 0000');
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(async () => expect((await stored('bob')).data.phone).toBe('+1 555 0100'));
  });

  it('EmailChange: an address another account holds lands on the email field', async () => {
    const { user } = renderWithProfileKit(<EmailChange />, { adapter: adapter('alice') });
    await user.click(await screen.findByRole('button', { name: 'Change email' }));
    await user.type(screen.getByLabelText('New email address'), 'bob@example.com');
    await user.type(screen.getByLabelText('Current password'), PASSWORDS.alice);
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    await waitFor(() =>
      expect(screen.getByLabelText('New email address')).toHaveAccessibleDescription('Another account already uses this email address.'),
    );
    expect((await stored('alice')).main.pendingEmail).toBeNull();
  });

  it('CustomFieldsEditor saves a typed custom field', async () => {
    const { user } = renderWithProfileKit(<CustomFieldsEditor />, { adapter: adapter('alice') });
    const height = await screen.findByLabelText(/Height/);
    await user.clear(height);
    await user.type(height, '168');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored('alice')).data.custom.height).toBe(168));
  });

  it('NotificationPrefs saves a toggle at once', async () => {
    const { user } = renderWithProfileKit(<NotificationPrefs />, { adapter: adapter('alice') });
    const sms = await screen.findByRole('switch', { name: 'Workout reminders by SMS' });
    expect(sms).toBeChecked();
    await user.click(sms);
    await waitFor(async () => expect((await stored('alice')).data.notifications.sms?.workouts).toBe(false));
  });

  it('AdminUserDetail edits a field in place (Enter saves) and shows the audit entry', async () => {
    const { user } = renderWithProfileKit(<AdminUserDetail userId={app.users.alice.id} />, { adapter: adapter('admin') });
    await user.click(await screen.findByRole('button', { name: /^Edit Given name/ }));
    await user.clear(screen.getByRole('textbox', { name: 'Given name' }));
    await user.type(screen.getByRole('textbox', { name: 'Given name' }), 'Alicia{Enter}');
    await waitFor(async () => expect((await stored('alice')).data.givenName).toBe('Alicia'));
    const history = screen.getByRole('region', { name: /History/ });
    await waitFor(() => expect(history).toHaveTextContent(/Alice\s*→\s*Alicia/));
  });

  it('PasswordChange: the new password works on the server afterwards', async () => {
    const { user } = renderWithProfileKit(<PasswordChange />, { adapter: adapter('bob') });
    await user.type(await screen.findByLabelText('Current password'), PASSWORDS.bob);
    await user.type(screen.getByLabelText('New password'), 'Sextant-Marmalade-Ferry-81');
    await user.type(screen.getByLabelText('Confirm new password'), 'Sextant-Marmalade-Ferry-81');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(screen.getByLabelText('Current password')).toHaveValue(''));
    await expect(
      adapter('bob').changePassword({ currentPassword: 'Sextant-Marmalade-Ferry-81', newPassword: 'Another-Long-Secret-37' }),
    ).resolves.toBeUndefined();
  });
});
