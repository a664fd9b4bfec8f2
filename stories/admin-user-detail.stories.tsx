import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryBackend } from '../src/adapters';
import { ProfileError, type ProfileAdapter } from '../src/core';
import { AdminUserDetail, fr, ProfileKitProvider, type AdminUserDetailProps } from '../src/react';
import { createPbkdf2Hasher } from '../src/service';
import { exampleAccounts, exampleViewers } from '../src/testing/fixtures/example-accounts';
import { exampleConfig } from '../src/testing/fixtures/example-config';

/** What the backend does in a story. */
type Scenario =
  | 'ready'
  | 'loading'
  | 'loadFailed'
  | 'notAdmin'
  | 'pendingEmail'
  | 'longHistory'
  | 'apiKeys'
  | 'saveHangs'
  | 'saveOffline'
  | 'someoneElseSaves';

const SCENARIOS: Scenario[] = ['ready', 'loading', 'loadFailed', 'notAdmin', 'pendingEmail', 'longHistory', 'apiKeys', 'saveHangs', 'saveOffline', 'someoneElseSaves'];

const never = () => new Promise<never>(() => {});

/** The real service over an in-browser store with the example config and accounts, set up for `scenario`. */
function makeAdapter(scenario: Scenario): ProfileAdapter {
  const backend = createMemoryBackend({
    config: exampleConfig,
    seed: [exampleAccounts.user, exampleAccounts.admin],
    // Cheap hashing so the story answers at once; production defaults are far slower.
    passwords: createPbkdf2Hasher({ iterations: 1000 }),
  });
  const grace = backend.adapterFor(exampleViewers.user);
  const admin = backend.adapterFor(scenario === 'notAdmin' ? exampleViewers.user : exampleViewers.admin);
  const setup = backend.ready.then(async () => {
    const asAdmin = backend.adapterFor(exampleViewers.admin);
    if (scenario === 'pendingEmail') await asAdmin.setUserEmail(exampleAccounts.user.id, { email: 'grace.hopper@navy.mil' });
    if (scenario === 'longHistory') {
      for (let i = 1; i <= 14; i += 1) await asAdmin.updateUser(exampleAccounts.user.id, { company: `Company ${i}` }, i);
    }
    if (scenario === 'apiKeys') {
      const account = (await backend.store.getAccount(exampleAccounts.user.id))!;
      const createdAt = '2026-10-01T09:30:00.000Z';
      await backend.store.commitAccount({
        id: account.id,
        expectedVersion: account.version,
        main: {
          ...account.main,
          apiKeys: [
            { id: 'key-ci', label: 'CI deploy', prefix: 'pk_live_ab12', hash: 'h1', createdAt },
            { id: 'key-zap', label: 'Zapier', prefix: 'pk_live_cd34', hash: 'h2', createdAt },
          ],
        },
        data: account.data,
        audit: { id: 'story-keys', at: createdAt, actorId: 'system', targetId: account.id, action: 'profile.update', changes: [] },
      });
    }
  });
  // Every call waits for the setup, like the backend's own `ready`.
  const adapter = Object.fromEntries(
    Object.entries(admin).map(([name, method]) => [
      name,
      async (...args: unknown[]) => {
        await setup;
        return (method as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as ProfileAdapter;
  switch (scenario) {
    case 'loading':
      return { ...adapter, getUser: never, getConfig: never };
    case 'loadFailed':
      return { ...adapter, getUser: () => Promise.reject(new ProfileError('unavailable', 'offline')) };
    case 'saveHangs':
      return { ...adapter, updateUser: never };
    case 'saveOffline':
      return { ...adapter, updateUser: () => Promise.reject(new ProfileError('unavailable', 'offline')) };
    case 'someoneElseSaves': {
      // Grace saves her company right after the admin's screen loaded it: the admin's next save meets a newer version.
      let done = false;
      return {
        ...adapter,
        getUser: async (userId) => {
          const profile = await adapter.getUser(userId);
          if (!done) {
            done = true;
            await grace.updateProfile({ company: 'UNIVAC' }, profile.version);
          }
          return profile;
        },
      };
    }
    default:
      return adapter;
  }
}

interface StoryProps extends AdminUserDetailProps {
  scenario?: Scenario;
  language?: 'en' | 'fr';
  dir?: 'ltr' | 'rtl';
}

/** AdminUserDetail, signed in as Ada (admin), showing Grace (example accounts), over an in-browser backend. */
function AdminUserDetailStory({ scenario = 'ready', language = 'en', dir = 'ltr', ...props }: StoryProps) {
  const adapter = useMemo(() => makeAdapter(scenario), [scenario]);
  return (
    <ProfileKitProvider key={`${scenario}-${language}`} adapter={adapter} messages={language === 'fr' ? fr : undefined} locale={language}>
      <div dir={dir} style={{ maxInlineSize: '52rem' }}>
        <AdminUserDetail {...props} />
      </div>
    </ProfileKitProvider>
  );
}

const meta = {
  title: 'Components/AdminUserDetail',
  component: AdminUserDetailStory,
  args: { userId: exampleAccounts.user.id, scenario: 'ready', language: 'en', dir: 'ltr' },
  argTypes: {
    scenario: { control: 'select', options: SCENARIOS },
    language: { control: 'inline-radio', options: ['en', 'fr'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
} satisfies Meta<typeof AdminUserDetailStory>;

export default meta;
type Story = StoryObj<typeof meta>;

const loaded = (canvasElement: HTMLElement) => within(canvasElement).findByRole('heading', { level: 2 }, { timeout: 5000 });

/** Opens the inline editor of `label` (its value button) and types `text` (replacing the value). */
async function edit(canvasElement: HTMLElement, label: string, text: string, then = '{Enter}') {
  const canvas = within(canvasElement);
  await loaded(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: new RegExp(`^Edit ${label},`) }));
  const input = canvas.getByRole('textbox', { name: label });
  await userEvent.clear(input);
  await userEvent.type(input, `${text}${then}`);
}

/** Every field of Grace, ready to edit in place; the history below. */
export const Loaded: Story = {};

export const Loading: Story = { args: { scenario: 'loading' } };

/** The backend cannot be reached: an error with a retry. */
export const LoadFailed: Story = { args: { scenario: 'loadFailed' } };

/** A signed-in user who is not an admin: not allowed, no retry. */
export const NotAllowed: Story = { args: { scenario: 'notAdmin', userId: exampleAccounts.admin.id } };

export const UnknownUser: Story = { args: { userId: 'nobody' } };

/** An inline editor open on the phone number. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(within(canvasElement).getByRole('button', { name: /^Edit Phone,/ }));
  },
};

/** "abc" as a phone number: the core rule's message on the input, nothing saved. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    await edit(canvasElement, 'Phone', 'abc');
    await expect(within(canvasElement).getByRole('textbox', { name: 'Phone' })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A save in flight: the new value at once (optimistic) with a spinner. */
export const Saving: Story = {
  args: { scenario: 'saveHangs' },
  play: async ({ canvasElement }) => edit(canvasElement, 'Company', 'Navy'),
};

/** The save failed (offline): the value is rolled back, the input reopens with the error. */
export const SaveFailed: Story = {
  args: { scenario: 'saveOffline' },
  play: async ({ canvasElement }) => {
    await edit(canvasElement, 'Company', 'Navy');
    await waitFor(() => expect(within(canvasElement).getByRole('textbox', { name: 'Company' })).toHaveAttribute('aria-invalid', 'true'));
  },
};

/** The user saved meanwhile: their value beside yours, keep theirs or overwrite with mine. */
export const VersionConflict: Story = {
  args: { scenario: 'someoneElseSaves' },
  play: async ({ canvasElement }) => {
    await edit(canvasElement, 'Company', 'Navy');
    await within(canvasElement.ownerDocument.body).findByRole('alertdialog', {}, { timeout: 5000 });
  },
};

/** A new address waiting for the user to confirm it. */
export const PendingEmail: Story = { args: { scenario: 'pendingEmail' } };

/** The email change form, "mark as verified" on. */
export const ChangeEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Change email' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'New email address' }), 'grace.hopper@navy.mil');
    await userEvent.click(canvas.getByRole('switch', { name: 'Mark as verified' }));
  },
};

/** Another account holds the address: the error on the input. */
export const EmailTaken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Change email' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'New email address' }), `${exampleAccounts.admin.email}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'New email address' })).toHaveAttribute('aria-invalid', 'true'));
  },
};

/** Two API keys, masked: names editable, each revocable. */
export const ApiKeys: Story = { args: { scenario: 'apiKeys' } };

/** More than a page of history: "Load more". */
export const LongHistory: Story = { args: { scenario: 'longHistory' } };

export const French: Story = { args: { language: 'fr' } };

export const RightToLeft: Story = { args: { language: 'fr', dir: 'rtl' } };
