import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SeedAccount } from '../../../src/adapters';
import { defineProfileConfig, ProfileError, type ProfileAdapter } from '../../../src/core';
import { fr, UserList, type UserListProps } from '../../../src/react';
import { exampleAccounts, exampleConfigInput } from '../../../src/testing';
import { expectNoAxeViolations } from '../../support/axe';
import { BACKEND_KINDS, createComponentBackend, failing, hanging, useMswServer, type ComponentBackendOptions } from '../../support/component-backends';
import { componentRoot } from '../../support/component-root';
import { ADA, GRACE } from '../../support/seed';
import { renderWithProfileKit, type RenderOptions } from '../../support/render';

useMswServer();
vi.setConfig({ testTimeout: 20_000 });

const people = (n: number): SeedAccount[] =>
  Array.from({ length: n }, (_, i) => ({ id: `person-${String(i + 1).padStart(2, '0')}`, email: `person${i + 1}@example.com`, name: `Person ${i + 1}`, emailVerified: true }));

async function backendWith(kind: 'memory' | 'http', extra: SeedAccount[] = [], options: ComponentBackendOptions = {}) {
  return createComponentBackend(kind, { seed: [exampleAccounts.user, exampleAccounts.admin, ...extra], ...options });
}

async function renderList(adapter: ProfileAdapter, props: UserListProps = {}, options: Omit<RenderOptions, 'adapter'> = {}) {
  const handlers = { onSelect: vi.fn(), onCreated: vi.fn() };
  const result = renderWithProfileKit(<UserList className="host-list" {...handlers} {...props} />, { adapter, ...options });
  const list = await screen.findByRole('list', {}, { timeout: 5000 });
  return { ...result, ...handlers, list, root: () => componentRoot('user-list') };
}

const rows = (list: HTMLElement) => within(list).getAllByRole('listitem');

describe.each(BACKEND_KINDS)('UserList over %s', (kind) => {
  it('loads, then lists the accounts in a labelled list, each a button naming the person', async () => {
    const b = await backendWith(kind);
    const { unmount } = renderWithProfileKit(<UserList />, { adapter: hanging(b.admin, 'listUsers') });
    await waitFor(() => expect(componentRoot('user-list')).toHaveAttribute('data-state', 'loading'));
    unmount();
    const { list, root } = await renderList(b.admin);
    expect(root()).toHaveClass('pk-root', 'pk-user-list', 'host-list');
    expect(root()).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('region', { name: 'Users' })).toBe(root());
    expect(list).toHaveAccessibleName('Users');
    expect(rows(list)).toHaveLength(2);
    expect(within(list).getByRole('button', { name: 'Grace Hopper grace@example.com' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Ada Lovelace ada@example.com Admin' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Shown: 2');
    await expectNoAxeViolations();
  });

  it('badges in words: suspended, pending deletion with its date, unverified', async () => {
    const b = await backendWith(kind, [
      { id: 'sam', email: 'sam@example.com', name: 'Sam Suspended', emailVerified: true },
      { id: 'pat', email: 'pat@example.com', name: 'Pat Pending', emailVerified: true },
      { id: 'una', email: 'una@example.com', name: 'Una Unverified', emailVerified: false },
    ]);
    await b.admin.suspendUser('sam', { reason: 'Spam' });
    const { purgeAt } = await b.admin.deleteUser('pat', { mode: 'scheduled' });
    const { list } = await renderList(b.admin);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(purgeAt));
    expect(within(list).getByRole('button', { name: 'Sam Suspended sam@example.com Suspended' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: `Pat Pending pat@example.com Pending deletion (erased on ${date})` })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Una Unverified una@example.com Unverified' })).toBeInTheDocument();
    expect(list.querySelector('[data-pk-user="sam"] [data-pk-badge="suspended"]')).toHaveTextContent('Suspended');
    await expectNoAxeViolations();
  });

  it('searches as typed (after a pause), and says when nothing matches', async () => {
    const b = await backendWith(kind);
    const { user, list } = await renderList(b.admin);
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or email' }), 'grace');
    await waitFor(() => expect(rows(screen.getByRole('list'))).toHaveLength(1));
    expect(within(screen.getByRole('list')).getByRole('button', { name: /^Grace Hopper/ })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'nobody-here');
    expect(await screen.findByText('No users match “nobody-here”.')).toBeInTheDocument();
    expect(componentRoot('user-list')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    void list;
    await expectNoAxeViolations();
  });
});

describe('UserList: paging, selection, states', () => {
  it('pages with “Load more” (cursor paging): focus on the first new row, no button after the last page', async () => {
    const b = await backendWith('memory', people(23));
    const { user, list } = await renderList(b.admin, { pageSize: 10 });
    expect(rows(list)).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows(list)).toHaveLength(20));
    await waitFor(() => expect(within(rows(list)[10]!).getByRole('button')).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Shown: 20');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows(list)).toHaveLength(25));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('a row is chosen with a click, Enter or Space; the one shown is aria-current', async () => {
    const b = await backendWith('memory');
    const { user, list, onSelect, unmount } = await renderList(b.admin);
    const grace = within(list).getByRole('button', { name: /^Grace Hopper/ });
    await user.click(grace);
    expect(onSelect).toHaveBeenLastCalledWith(GRACE);
    const ada = within(list).getByRole('button', { name: /^Ada Lovelace/ });
    ada.focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(ADA);
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenCalledTimes(3);
    unmount();
    const shown = await renderList(b.admin, { selectedId: GRACE });
    expect(within(shown.list).getByRole('button', { name: /^Grace Hopper/ })).toHaveAttribute('aria-current', 'true');
    expect(within(shown.list).getByRole('button', { name: /^Ada Lovelace/ })).not.toHaveAttribute('aria-current');
    await expectNoAxeViolations();
  });

  it('without onSelect the rows are shown, not offered', async () => {
    const b = await backendWith('memory');
    renderWithProfileKit(<UserList />, { adapter: b.admin });
    const list = await screen.findByRole('list', {}, { timeout: 5000 });
    expect(rows(list)).toHaveLength(2);
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
  });

  it('a failed load says why and offers a retry that recovers', async () => {
    const b = await backendWith('memory');
    const adapter = failing(b.admin, 'listUsers', new ProfileError('unavailable', 'offline'), { times: 1 });
    const { user } = renderWithProfileKit(<UserList />, { adapter });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Cannot reach the server');
    expect(componentRoot('user-list')).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list')).toBeInTheDocument();
  });

  it('a suspended admin is told so (their reads of other accounts are refused too)', async () => {
    const b = await backendWith('memory', [{ id: 'admin-2', email: 'root@example.com', name: 'Root', roles: ['admin'], emailVerified: true }]);
    await b.adapterFor({ userId: 'admin-2', roles: ['admin'] }).suspendUser(ADA, { reason: 'Audit' });
    renderWithProfileKit(<UserList />, { adapter: b.admin });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('This account is suspended.');
  });

  it('a user who is not an admin is told so', async () => {
    const b = await backendWith('memory');
    renderWithProfileKit(<UserList />, { adapter: b.user });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('You are not allowed to do this.');
    expect(componentRoot('user-list')).toHaveAttribute('data-state', 'error');
  });

  it('in French, with the badges', async () => {
    const b = await backendWith('memory', [{ id: 'sam', email: 'sam@example.com', name: 'Sam', emailVerified: false }]);
    await b.admin.suspendUser('sam', { reason: 'Spam' });
    const { list } = await renderList(b.admin, {}, { messages: fr, locale: 'fr' });
    expect(screen.getByRole('heading', { name: 'Utilisateurs' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Rechercher par nom ou e-mail' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Sam sam@example.com Suspendu Non vérifié' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nouvel utilisateur' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('UserList: the New user dialog', () => {
  async function openDialog(adapter: ProfileAdapter, options: Omit<RenderOptions, 'adapter'> = {}) {
    const rendered = await renderList(adapter, {}, options);
    await rendered.user.click(screen.getByRole('button', { name: options.messages === fr ? 'Nouvel utilisateur' : 'New user' }));
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 5000 });
    return { ...rendered, dialog };
  }

  it('creates and invites: the dialog closes, the list says so and shows the account, the invitation is mailed', async () => {
    const b = await backendWith('memory');
    const { user, dialog, onCreated, list } = await openDialog(b.admin);
    expect(dialog).toHaveAccessibleName('New user');
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toHaveFocus());
    expect(within(dialog).getByRole('checkbox', { name: 'Send an invitation' })).toBeChecked();
    await expectNoAxeViolations();
    await user.type(email, 'new.person@example.com');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'New Person');
    await user.type(within(dialog).getByRole('textbox', { name: 'Roles' }), 'support, billing');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('User new.person@example.com created; an invitation was sent.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'New user' })).toHaveFocus());
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ email: 'new.person@example.com', name: 'New Person', givenName: 'New', familyName: 'Person', roles: ['support', 'billing'] }));
    await waitFor(() => expect(within(list).getByRole('button', { name: /^New Person new\.person@example\.com Unverified$/ })).toBeInTheDocument());
    const mail = b.backend.mailer.messages().find((m) => m.kind === 'invitation');
    expect(mail?.to).toBe('new.person@example.com');
  });

  it('without the invitation: created, no mail', async () => {
    const b = await backendWith('memory');
    const { user, dialog } = await openDialog(b.admin);
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'quiet@example.com');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Send an invitation' }));
    expect(within(dialog).getByRole('checkbox', { name: 'Send an invitation' })).toHaveAccessibleDescription(/Without an invitation the account has no password/);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('User quiet@example.com created.')).toBeInTheDocument();
    expect(b.backend.mailer.messages().filter((m) => m.kind === 'invitation')).toEqual([]);
  });

  it('errors on their fields: required, a malformed address (the core rule), an address taken (the server)', async () => {
    const b = await backendWith('memory');
    const create = vi.spyOn(b.admin, 'createUser');
    const { user, dialog } = await openDialog(b.admin);
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter an email address.'));
    expect(email).toHaveFocus();
    await user.type(email, 'not an address{Enter}');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter a valid email address'));
    expect(create).not.toHaveBeenCalled();
    await user.clear(email);
    await user.type(email, 'grace@example.com{Enter}');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Another account already uses this email address.'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('a rate limit, a suspended admin and a network failure: said in the dialog, which stays open', async () => {
    const b = await backendWith('memory', [{ id: 'admin-2', email: 'root@example.com', name: 'Root', roles: ['admin'], emailVerified: true }]);
    const limited = failing(b.admin, 'createUser', new ProfileError('rate_limited', 'slow down', { retryAfter: 30 }), { times: 1 });
    const { user, dialog, unmount } = await openDialog(limited);
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'x@example.com{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('User x@example.com created; an invitation was sent.')).toBeInTheDocument();
    unmount();

    const suspended = await openDialog(failing(b.admin, 'createUser', new ProfileError('account_suspended', 'suspended')));
    await suspended.user.type(within(suspended.dialog).getByRole('textbox', { name: 'Email' }), 'y@example.com{Enter}');
    expect(await within(suspended.dialog).findByRole('alert')).toHaveTextContent('This account is suspended.');
    suspended.unmount();

    const offline = await openDialog(failing(b.adapterFor({ userId: 'admin-2', roles: ['admin'] }), 'createUser', new ProfileError('unavailable', 'offline')));
    await offline.user.type(within(offline.dialog).getByRole('textbox', { name: 'Email' }), 'z@example.com{Enter}');
    expect(await within(offline.dialog).findByRole('alert')).toHaveTextContent('Cannot reach the server');
  });

  it('Escape closes the dialog without creating anything, and focus goes back to “New user”', async () => {
    const b = await backendWith('memory');
    const { user, dialog } = await openDialog(b.admin);
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'never@example.com');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'New user' })).toHaveFocus());
    expect((await b.admin.listUsers({ query: 'never' })).items).toEqual([]);
  });

  it('is not offered when the config keeps creation to another role', async () => {
    const config = defineProfileConfig({ ...exampleConfigInput, adminRoles: ['admin', 'support'], lifecycle: { create: ['admin'] } });
    const b = await backendWith('memory', [{ id: 'sup', email: 'support@example.com', roles: ['support'], emailVerified: true }], { config });
    const { list } = await renderList(b.adapterFor({ userId: 'sup', roles: ['support'] }));
    expect(rows(list)).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'New user' })).not.toBeInTheDocument();
  });

  it('in French', async () => {
    const b = await backendWith('memory');
    const { dialog } = await openDialog(b.admin, { messages: fr, locale: 'fr' });
    expect(dialog).toHaveAccessibleName('Nouvel utilisateur');
    expect(within(dialog).getByRole('textbox', { name: 'E-mail' })).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: 'Envoyer une invitation' })).toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Créer l’utilisateur' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
