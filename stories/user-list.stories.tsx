import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import type { SeedAccount } from '../src/adapters';
import { UserList, type UserListProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { componentRoot } from '../test/support/component-root';
import { GRACE } from '../test/support/seed';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, rateLimited } from './support/routes';
import { usage } from './support/story-backend';
import { backend, loadingStory } from './support/state-stories';

type Args = UserListProps & BackendArgs;
type Canvas = ReturnType<typeof within>;

const meta = {
  title: 'Components/UserList',
  component: UserList,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          'The accounts, for administrators: search by name or email, "Load more" (cursor paging), badges in words (admin, suspended, pending deletion with its date, unverified), a row button that shows the account beside the list (`onSelect`, `selectedId`), and a "New user" dialog with the invitation option when the config allows creating accounts.',
          `
import { AdminUserDetail, ProfileKitProvider, UserList } from 'profilekit';

const [selected, setSelected] = useState<string>();
<ProfileKitProvider adapter={adapter}>
  <UserList selectedId={selected} onSelect={setSelected} onCreated={(profile) => setSelected(profile.id)} />
  {selected ? <AdminUserDetail userId={selected} onDeleted={() => setSelected(undefined)} /> : null}
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs, viewer: 'admin', onSelect: fn(), onCreated: fn(), pageSize: 20 },
  argTypes: { ...backendArgTypes() },
  render: (args) => <UserList {...componentProps(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => componentRoot('user-list', canvasElement);
const list = (canvas: Canvas) => canvas.findByRole('list', { name: 'Users' }, { timeout: 5000 });
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const people = (n: number): SeedAccount[] =>
  Array.from({ length: n }, (_, i) => ({ id: `person-${i + 1}`, email: `person${i + 1}@example.com`, name: `Person ${i + 1}`, emailVerified: true }));

/** The accounts, each a button naming the person and its badges. */
export const Results: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    const users = await list(canvas);
    await userEvent.click(within(users).getByRole('button', { name: /^Grace Hopper/ }));
    await expect(args.onSelect).toHaveBeenCalledWith(GRACE);
    await expect(within(users).getByRole('button', { name: 'Ada Lovelace ada@example.com Admin' })).toBeInTheDocument();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'ready');
  },
};

/** The account shown beside the list is marked (`selectedId`). */
export const Selected: Story = {
  args: { selectedId: GRACE },
  play: async ({ canvas }) => {
    await expect(within(await list(canvas)).getByRole('button', { name: /^Grace Hopper/ })).toHaveAttribute('aria-current', 'true');
  },
};

/** Badges in words: suspended, pending deletion with its date, unverified. */
export const Statuses: Story = {
  parameters: backend({
    seed: [
      exampleAccounts.user,
      exampleAccounts.admin,
      { id: 'sam', email: 'sam@example.com', name: 'Sam Suspended', emailVerified: true },
      { id: 'pat', email: 'pat@example.com', name: 'Pat Pending', emailVerified: true },
      { id: 'una', email: 'una@example.com', name: 'Una Unverified', emailVerified: false },
    ],
    setup: async ({ asAdmin }) => {
      await asAdmin.suspendUser('sam', { reason: 'Spam' });
      await asAdmin.deleteUser('pat', { mode: 'scheduled' });
    },
  }),
  play: async ({ canvas }) => {
    const users = await list(canvas);
    await expect(within(users).getByRole('button', { name: 'Sam Suspended sam@example.com Suspended' })).toBeInTheDocument();
    await expect(within(users).getByRole('button', { name: /^Pat Pending pat@example\.com Pending deletion \(erased on / })).toBeInTheDocument();
    await expect(within(users).getByRole('button', { name: 'Una Unverified una@example.com Unverified' })).toBeInTheDocument();
  },
};

/** A search that matches nobody. */
export const Empty: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await list(canvas);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search by name or email' }), 'nobody-at-all');
    await expect(await canvas.findByText('No users match “nobody-at-all”.')).toBeInTheDocument();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'empty'));
  },
};

/** 25 accounts, 10 a page: "Load more" twice; focus on the first new row. */
export const Paging: Story = {
  args: { pageSize: 10 },
  parameters: backend({ seed: [exampleAccounts.user, exampleAccounts.admin, ...people(23)] }),
  play: async ({ canvas, userEvent }) => {
    const users = await list(canvas);
    await expect(within(users).getAllByRole('listitem')).toHaveLength(10);
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(users).getAllByRole('listitem')).toHaveLength(20));
    await waitFor(() => expect(within(within(users).getAllByRole('listitem')[10]!).getByRole('button')).toHaveFocus());
  },
};

export const Loading: Story = loadingStory('user-list');

/** The list could not load (the profile and config did): why, and a retry. */
export const LoadFailed: Story = {
  parameters: backend({ handlers: [networkError('GET /users')] }),
  play: async ({ canvas, canvasElement }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('Cannot reach the server');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'error'));
  },
};

/** A signed-in user who is not an admin: not allowed. */
export const NotAdmin: Story = {
  args: { viewer: 'user' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('You are not allowed to do this.');
  },
};

async function openDialog(canvas: Canvas, canvasElement: HTMLElement, user: Parameters<NonNullable<Story['play']>>[0]['userEvent']) {
  await list(canvas);
  await user.click(canvas.getByRole('button', { name: 'New user' }));
  return page(canvasElement).findByRole('alertdialog', { name: 'New user' }, { timeout: 5000 });
}

/** The New user dialog: email, name, roles, and the invitation option (checked). */
export const CreateDialog: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openDialog(canvas, canvasElement, userEvent);
    await expect(within(dialog).getByRole('checkbox', { name: 'Send an invitation' })).toBeChecked();
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveFocus());
  },
};

/** Created and invited: the dialog closes, the list says so and shows the account. */
export const CreateAndInvite: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    const dialog = await openDialog(canvas, canvasElement, userEvent);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'new.person@example.com');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'New Person');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await expect(await canvas.findByText('User new.person@example.com created; an invitation was sent.')).toBeInTheDocument();
    await expect(args.onCreated).toHaveBeenCalled();
    await within(await list(canvas)).findByRole('button', { name: /^New Person new\.person@example\.com/ }, { timeout: 5000 });
  },
};

/** An address another account has: on the email field. */
export const CreateEmailTaken: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openDialog(canvas, canvasElement, userEvent);
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await userEvent.type(email, 'grace@example.com{Enter}');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Another account already uses this email address.'));
  },
};

/** The write rate limit (429, Retry-After 30): in the dialog, which stays open. */
export const CreateRateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('POST /users', 30)] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openDialog(canvas, canvasElement, userEvent);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'x@example.com{Enter}');
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
  },
};

export const CreateNetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('POST /users')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openDialog(canvas, canvasElement, userEvent);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'x@example.com{Enter}');
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cannot reach the server');
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await list(canvas);
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await canvas.findByRole('list', { name: 'Utilisateurs' }, { timeout: 5000 });
    await expect(canvas.getByRole('button', { name: 'Nouvel utilisateur' })).toBeInTheDocument();
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('list', { name: 'Utilisateurs' }, { timeout: 5000 });
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
