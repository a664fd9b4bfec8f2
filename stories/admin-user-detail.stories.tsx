import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within, type UserEventObject } from 'storybook/test';
import { AdminUserDetail, type AdminUserDetailProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { componentRoot } from '../test/support/component-root';
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
          'One user, for administrators: every field edited in place (click or Enter to open, Enter or leaving the field saves, Escape cancels), each save one audit entry; the email with "mark as verified"; billing and API keys; custom fields and attributes; the audit history, paged. Non-admins get a "not allowed" state.',
          `
import { AdminUserDetail, NotificationPrefs, ProfileKitProvider } from 'profilekit';

<ProfileKitProvider adapter={adapter}>
  <AdminUserDetail userId={selectedUserId} auditPageSize={10} />
  <NotificationPrefs userId={selectedUserId} />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs, viewer: 'admin', userId: GRACE },
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
