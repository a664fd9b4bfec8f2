import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within, type UserEventObject } from 'storybook/test';
import { AdminUserDetail, type AdminUserDetailProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { componentRoot } from '../test/support/component-root';
import { captureDownloads } from '../test/support/downloads';
import { GRACE, issueApiKeys } from '../test/support/seed';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers, rateLimited } from './support/routes';
import { fetchProfile, usage, type StoryBackendParameters } from './support/story-backend';
import { backend, loadFailedStory, loadingStory } from './support/state-stories';

type Args = AdminUserDetailProps & BackendArgs;
type Canvas = ReturnType<typeof within>;
type User = UserEventObject;


const meta = {
  title: 'Components/AdminUserDetail',
  component: AdminUserDetail,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          'One user, for administrators: every field edited in place (click or Enter to open, Enter or leaving the field saves, Escape cancels), each save one audit entry; the email with "mark as verified"; billing and API keys; custom fields and attributes; the audit history, paged. Its head shows the account\'s state (suspended with its reason, pending deletion with its date) and the account actions the config allows, each behind a confirmation: download its data, suspend or reactivate, delete (now or scheduled) or cancel a scheduled deletion; after an immediate deletion it says so and calls `onDeleted`. Non-admins get a "not allowed" state.',
          `
import { AdminUserDetail, NotificationPrefs, ProfileKitProvider } from 'profilekit';

<ProfileKitProvider adapter={adapter}>
  <AdminUserDetail userId={selectedUserId} auditPageSize={10} onDeleted={() => setSelectedUserId(undefined)} />
  <NotificationPrefs userId={selectedUserId} />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs, viewer: 'admin', userId: GRACE, onDeleted: fn() },
  argTypes: { ...backendArgTypes() },
  render: (args) => <AdminUserDetail {...componentProps(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => componentRoot('admin-user-detail', canvasElement);
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const loaded = (canvas: Canvas) => canvas.findByRole('heading', { level: 2 }, { timeout: 5000 });
const grace = () => fetchProfile(`/users/${GRACE}`);

/** Opens the inline editor of `label` (its value button) and types `text` over the value, then `then`. */
async function edit(canvas: Canvas, user: User, label: string, text: string, then = '{Enter}') {
  await loaded(canvas);
  await user.click(canvas.getByRole('button', { name: new RegExp(`^Edit ${label},`) }));
  const input = canvas.getByRole('textbox', { name: label });
  await user.clear(input);
  await user.type(input, `${text}${then}`);
}

/** Every field of Grace, ready to edit in place; the history below. */
export const Filled: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await loaded(canvas)).toHaveTextContent('Grace Hopper');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'));
    await expect(canvas.getByRole('button', { name: 'Edit Company, Harvard Mark I' })).toBeInTheDocument();
  },
};

export const Loading: Story = loadingStory('admin-user-detail');

/** The backend cannot be reached: an error with a retry. */
export const LoadFailed: Story = loadFailedStory('admin-user-detail', 'GET /users/:id');

/** A signed-in user who is not an admin (the *viewer* control): not allowed, no retry. */
export const UserViewer: Story = {
  args: { viewer: 'user', userId: exampleAccounts.admin.id },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('You are not allowed to do this.');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'error'));
    await expect(canvas.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  },
};

export const UnknownUser: Story = {
  args: { userId: 'nobody' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Not found.');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  },
};

/** An inline editor open on the phone number. */
export const Editing: Story = {
  play: async ({ canvas, userEvent }) => {
    await loaded(canvas);
    await userEvent.click(canvas.getByRole('button', { name: /^Edit Phone,/ }));
    await expect(canvas.getByRole('textbox', { name: 'Phone' })).toHaveFocus();
  },
};

/** Inline edits: the company saved with Enter (persisted: a re-fetch has it), then the phone dropped with Escape. */
export const InlineEditEnterThenEscape: Story = {
  play: async ({ canvas, userEvent }) => {
    await edit(canvas, userEvent, 'Company', 'Navy');
    await waitFor(async () => expect(await grace()).toMatchObject({ company: 'Navy' }));
    await expect(await canvas.findByRole('button', { name: 'Edit Company, Navy' })).toBeInTheDocument();
    const before = await grace();
    await edit(canvas, userEvent, 'Phone', '+44 20 7946 0000', '{Escape}');
    await expect(canvas.queryByRole('textbox', { name: 'Phone' })).not.toBeInTheDocument();
    await expect(await grace()).toMatchObject({ version: before.version });
    await expect((await grace()).phone ?? null).toBeNull();
  },
};

/** "abc" as a phone number: the core rule's message on the input, nothing saved. */
export const ValidationError: Story = {
  play: async ({ canvas, userEvent }) => {
    await edit(canvas, userEvent, 'Phone', 'abc');
    const input = canvas.getByRole('textbox', { name: 'Phone' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Use digits, spaces and + ( ) - . only');
  },
};

/** A save in flight (the server does not answer): the new value at once with a spinner. */
export const Saving: Story = {
  parameters: backend({ handlers: [neverAnswers('PATCH /users/:id')] }),
  play: async ({ canvas, userEvent }) => {
    await edit(canvas, userEvent, 'Company', 'Navy');
    await expect(canvas.getByRole('button', { name: 'Edit Company, Navy' }).closest('[data-pk-field]')).toHaveAttribute('data-state', 'saving');
    await expect(canvas.getByRole('status', { name: 'Saving Company…' })).toBeInTheDocument();
  },
};

/** The save never reached the server: the value rolled back, the input reopened with the error. */
export const NetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('PATCH /users/:id')] }),
  play: async ({ canvas, userEvent }) => {
    await edit(canvas, userEvent, 'Company', 'Navy');
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Company' })).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByRole('textbox', { name: 'Company' })).toHaveAccessibleDescription(/Cannot reach the server/);
  },
};

/** The server's rate limit (429, Retry-After: 30): the input reopened with the wait. */
export const RateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('PATCH /users/:id', 30)] }),
  play: async ({ canvas, userEvent }) => {
    await edit(canvas, userEvent, 'Company', 'Navy');
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Company' })).toHaveAccessibleDescription(/Try again in 30 seconds/));
  },
};

/** Grace saves her company just before the admin's save lands. */
const graceSavesFirst: StoryBackendParameters['meanwhile'] = {
  request: 'PATCH /users/:id',
  run: async ({ asUser }) => {
    const { version } = await asUser.getProfile();
    await asUser.updateProfile({ company: 'UNIVAC' }, version);
  },
};

async function openConflict(canvas: Canvas, canvasElement: HTMLElement, user: User) {
  await edit(canvas, user, 'Company', 'Navy');
  const dialog = await page(canvasElement).findByRole('alertdialog', {}, { timeout: 5000 });
  const row = within(dialog).getByRole('row', { name: /Company/ });
  await expect(row).toHaveTextContent('UNIVAC');
  await expect(row).toHaveTextContent('Navy');
  return dialog;
}

/** The user saved meanwhile: their value beside yours. */
export const VersionConflict: Story = {
  parameters: backend({ meanwhile: graceSavesFirst }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await openConflict(canvas, canvasElement, userEvent);
  },
};

/** The conflict resolved with "Keep theirs": their company shown, the server keeps it. */
export const ConflictKeepTheirs: Story = {
  parameters: backend({ meanwhile: graceSavesFirst }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openConflict(canvas, canvasElement, userEvent);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await expect(await canvas.findByRole('button', { name: 'Edit Company, UNIVAC' }, { timeout: 5000 })).toBeInTheDocument();
    await expect(await grace()).toMatchObject({ company: 'UNIVAC' });
  },
};

/** The conflict resolved with "Overwrite with mine": saved over their version. */
export const ConflictOverwrite: Story = {
  parameters: backend({ meanwhile: graceSavesFirst }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openConflict(canvas, canvasElement, userEvent);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(async () => expect(await grace()).toMatchObject({ company: 'Navy' }));
    await expect(await canvas.findByRole('button', { name: 'Edit Company, Navy' }, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** A new address waiting for the user to confirm it. */
export const PendingEmail: Story = {
  parameters: backend({
    setup: async ({ asAdmin }) => {
      await asAdmin.setUserEmail(GRACE, { email: 'grace.hopper@navy.mil' });
    },
  }),
  play: async ({ canvas, canvasElement }) => {
    await loaded(canvas);
    const email = () => canvasElement.querySelector('[data-pk-field="email"]');
    await waitFor(() => expect(email()).toHaveTextContent('Pending: grace.hopper@navy.mil'));
    await expect(email()).toHaveTextContent('grace@example.com');
  },
};

/** The email change form, "mark as verified" on. */
export const ChangeEmail: Story = {
  play: async ({ canvas, userEvent }) => {
    await loaded(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Change email' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'New email address' }), 'grace.hopper@navy.mil');
    await userEvent.click(canvas.getByRole('switch', { name: 'Mark as verified' }));
    await expect(canvas.getByRole('switch', { name: 'Mark as verified' })).toBeChecked();
  },
};

/** Another account holds the address: the server's error on the input. */
export const EmailTaken: Story = {
  play: async ({ canvas, userEvent }) => {
    await loaded(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Change email' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'New email address' }), `${exampleAccounts.admin.email}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'New email address' })).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByRole('textbox', { name: 'New email address' })).toHaveAccessibleDescription('Another account already uses this email address.');
  },
};

/** Fields nobody may change (the *readOnlyFields* control): greyed with the reason, no editor. */
export const ReadOnlyFields: Story = {
  args: { readOnlyFields: ['company', 'phone'] },
  play: async ({ canvas }) => {
    await loaded(canvas);
    await expect(canvas.queryByRole('button', { name: /^Edit Company,/ })).not.toBeInTheDocument();
    const company = canvas.getByRole('textbox', { name: 'Company' });
    await expect(company).toHaveAttribute('readonly');
    await expect(company).toHaveValue('Harvard Mark I');
    await expect(company).toHaveAccessibleDescription('You cannot change this.');
  },
};

/** The phone hidden from admins (the *hiddenFields* control): absent here. */
export const HiddenField: Story = {
  args: { hiddenFields: ['phone'], hiddenFrom: 'admin' },
  play: async ({ canvas }) => {
    await loaded(canvas);
    await expect(canvas.queryByRole('button', { name: /^Edit Phone,/ })).not.toBeInTheDocument();
  },
};

/** Two API keys, masked: names editable, each revocable. */
export const ApiKeys: Story = {
  parameters: backend({
    setup: ({ backend }) =>
      issueApiKeys(backend, GRACE, [
        { id: 'key-ci', label: 'CI deploy', prefix: 'pk_live_ab12' },
        { id: 'key-zap', label: 'Zapier', prefix: 'pk_live_cd34' },
      ]),
  }),
  play: async ({ canvas }) => {
    await loaded(canvas);
    const keys = canvas.getByRole('region', { name: 'API keys' });
    await waitFor(() => expect(within(keys).getAllByRole('listitem')).toHaveLength(2));
    await expect(within(keys).getByRole('button', { name: 'Revoke key Zapier' })).toBeInTheDocument();
  },
};

/** More than a page of history: "Load more". */
export const LongHistory: Story = {
  parameters: backend({
    setup: async ({ asAdmin }) => {
      for (let i = 1; i <= 14; i += 1) await asAdmin.updateUser(GRACE, { company: `Company ${i}` }, i);
    },
  }),
  play: async ({ canvas }) => {
    await loaded(canvas);
    await canvas.findByRole('button', { name: 'Load more' }, { timeout: 5000 });
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await loaded(canvas);
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await canvas.findByRole('button', { name: 'Changer l’adresse e-mail' }, { timeout: 5000 });
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await loaded(canvas);
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};

// The account actions in the head: the account's state, and export, suspend / reactivate, delete / cancel, each behind a confirmation.

const actions = (canvas: Canvas) => canvas.findByRole('group', { name: 'Account actions for Grace Hopper' }, { timeout: 5000 });
const liveStatus = (canvasElement: HTMLElement) => root(canvasElement).querySelector('.pk-live[role="status"]');

/** Opens a step's dialog from its button. */
async function openStep(canvas: Canvas, canvasElement: HTMLElement, user: UserEventObject, name: string) {
  await user.click(within(await actions(canvas)).getByRole('button', { name }));
  return page(canvasElement).findByRole('alertdialog', {}, { timeout: 5000 });
}

/** An active account: the actions. */
export const AccountActions: Story = {
  play: async ({ canvas }) => {
    const group = await actions(canvas);
    await expect(within(group).getAllByRole('button').map((button) => button.textContent)).toEqual(['Download data', 'Suspend…', 'Delete…']);
  },
};

/** Suspended, with its reason, and an erasure scheduled: both in the head. */
export const SuspendedAndPending: Story = {
  parameters: backend({
    setup: async ({ asAdmin }) => {
      await asAdmin.suspendUser(GRACE, { reason: 'Unpaid invoices' });
      await asAdmin.deleteUser(GRACE, { mode: 'scheduled' });
    },
  }),
  play: async ({ canvas }) => {
    const head = await canvas.findByRole('group', { name: /^This account is suspended since / }, { timeout: 5000 });
    await expect(head).toHaveTextContent('Reason: Unpaid invoices');
    await expect(head).toHaveTextContent(/This account will be erased on /);
    await expect(within(await actions(canvas)).getAllByRole('button').map((button) => button.textContent)).toEqual(['Download data', 'Reactivate…', 'Cancel deletion…']);
  },
};

/** Suspend with a reason: the head says so, the button turns into Reactivate… (and keeps focus). */
export const SuspendAccount: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Suspend…');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Checking a report{Enter}');
    await canvas.findByRole('group', { name: /^This account is suspended since / }, { timeout: 5000 });
    await waitFor(() => expect(within(canvas.getByRole('group', { name: 'Account actions for Grace Hopper' })).getByRole('button', { name: 'Reactivate…' })).toHaveFocus());
    await expect(await grace()).toMatchObject({ status: 'suspended', suspension: { reason: 'Checking a report' } });
  },
};

/** The suspend dialog with no reason: said on the field. */
export const SuspendWithoutReason: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Suspend…');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(/Give a reason\./);
  },
};

/** The step under way (the server does not answer): the dialog stays, busy. */
export const ActionWorking: Story = {
  parameters: backend({ handlers: [neverAnswers('POST /users/:id/suspension')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Suspend…');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Spam{Enter}');
    await expect(await within(dialog).findByRole('button', { name: 'Working…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Reactivate a suspended account. */
export const Reactivate: Story = {
  parameters: backend({ setup: async ({ asAdmin }) => void (await asAdmin.suspendUser(GRACE, { reason: 'Spam' })) }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Reactivate…');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reactivate' }));
    await waitFor(() => expect(liveStatus(canvasElement)).toHaveTextContent('Grace Hopper reactivated.'));
    await expect(await grace()).toMatchObject({ status: 'active' });
  },
};

/** Download the account's data: the file (caught here instead of saved) holds it. */
export const ExportData: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const downloads = captureDownloads();
    try {
      const dialog = await openStep(canvas, canvasElement, userEvent, 'Download data');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
      await waitFor(() => expect(liveStatus(canvasElement)).toHaveTextContent(/^Downloaded profilekit-export-user-grace-/));
      await expect(await downloads.json()).toMatchObject({ format: 'profilekit.account-export', main: { email: exampleAccounts.user.email } });
    } finally {
      downloads.restore();
    }
  },
};

/** Delete after the grace period (the default): the head shows the date; Cancel deletion… takes its place. */
export const DeleteScheduled: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Delete…');
    await expect(within(dialog).getByRole('radio', { name: /^In 14 days/ })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await canvas.findByRole('group', { name: /^This account will be erased on / }, { timeout: 5000 });
    await expect(within(await actions(canvas)).getByRole('button', { name: 'Cancel deletion…' })).toBeInTheDocument();
  },
};

/** Cancel a scheduled deletion. */
export const CancelDeletion: Story = {
  parameters: backend({ setup: async ({ asAdmin }) => void (await asAdmin.deleteUser(GRACE, { mode: 'scheduled' })) }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Cancel deletion…');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep the account' }));
    await waitFor(() => expect(liveStatus(canvasElement)).toHaveTextContent('Erasure of Grace Hopper cancelled.'));
    await expect(await grace()).toMatchObject({ purgeAt: null });
  },
};

/** Delete now: the screen says the account is erased, keeps its history, and tells the host. */
export const DeletedNow: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Delete…');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Now: erased at once, this cannot be undone' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await expect(await canvas.findByText('This account has been erased. Its history stays for the record.', {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'erased'));
    await expect(args.onDeleted).toHaveBeenCalledWith(GRACE);
    await canvas.findByText(/^Account erased by you$/, {}, { timeout: 5000 });
  },
};

/** Another admin suspended Grace meanwhile (409 invalid_state): said in the dialog. */
export const AlreadySuspended: Story = {
  parameters: backend({ meanwhile: { request: 'POST /users/:id/suspension', run: async ({ asAdmin }) => void (await asAdmin.suspendUser(GRACE, { reason: 'First' })) } }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Suspend…');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Second{Enter}');
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('The account is already suspended');
  },
};

/** The export throttle (429, Retry-After 600 s): the wait in words, in the dialog. */
export const ActionRateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('GET /users/:id/export', 600)] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Download data');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 10 minutes.');
  },
};

export const ActionNetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('POST /users/:id/deletion')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openStep(canvas, canvasElement, userEvent, 'Delete…');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cannot reach the server');
  },
};

/** The admin on their own account: no actions (their own deletion asks for their password elsewhere). */
export const OwnAccount: Story = {
  args: { userId: exampleAccounts.admin.id },
  play: async ({ canvas }) => {
    await canvas.findByRole('heading', { level: 2, name: 'Ada Lovelace' }, { timeout: 5000 });
    await expect(canvas.queryByRole('group', { name: /^Account actions/ })).toBeNull();
  },
};

export const ActionsDark: Story = {
  globals: { theme: 'dark' },
  parameters: backend({ setup: async ({ asAdmin }) => void (await asAdmin.suspendUser(GRACE, { reason: 'Spam' })) }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await openStep(canvas, canvasElement, userEvent, 'Delete…');
  },
};

export const ActionsFrench: Story = {
  globals: { locale: 'fr' },
  parameters: backend({ setup: async ({ asAdmin }) => void (await asAdmin.suspendUser(GRACE, { reason: 'Vérification' })) }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: /^Ce compte est suspendu depuis le / }, { timeout: 5000 })).toHaveTextContent('Motif : Vérification');
    await canvas.findByRole('group', { name: 'Actions sur le compte de Grace Hopper' });
  },
};

export const ActionsRightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('group', { name: 'Actions sur le compte de Grace Hopper' }, { timeout: 5000 });
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
