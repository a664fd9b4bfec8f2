import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryBackend } from '../src/adapters';
import { defineProfileConfig, ProfileError, type ProfileAdapter, type ProfileConfig } from '../src/core';
import { CustomFieldsEditor, fr, ProfileKitProvider, type CustomFieldsEditorProps } from '../src/react';
import { createPbkdf2Hasher } from '../src/service';
import { exampleAccounts, exampleViewers } from '../src/testing/fixtures/example-accounts';
import { exampleConfig, exampleConfigInput } from '../src/testing/fixtures/example-config';

/** What the backend does in a story: answer normally, never answer, or fail one way. */
type Scenario = 'ready' | 'loading' | 'loadFailed' | 'saveHangs' | 'rateLimited' | 'offline' | 'conflict';
/** Which config: the example one, one where the user may only read the attributes, one with nothing to edit. */
type ConfigName = 'example' | 'readOnlyAttributes' | 'empty';

const CONFIGS: Record<ConfigName, ProfileConfig> = {
  example: exampleConfig,
  readOnlyAttributes: defineProfileConfig({ ...exampleConfigInput, attributes: { label: 'Other attributes', edit: ['admin'] } }),
  empty: defineProfileConfig({}),
};

const GRACE = exampleAccounts.user.id;
const never = () => new Promise<never>(() => {});

function makeAdapter(scenario: Scenario, configName: ConfigName, as: 'user' | 'admin'): ProfileAdapter {
  const config = CONFIGS[configName];
  // The accounts without what the empty config does not declare.
  const plain = ({ id, email, password, name, roles }: { id: string; email: string; password: string; name: string; roles?: string[] }) => ({
    id,
    email,
    password,
    name,
    ...(roles ? { roles } : {}),
  });
  const backend = createMemoryBackend({
    config,
    seed: configName === 'empty' ? [plain(exampleAccounts.user), plain(exampleAccounts.admin)] : [exampleAccounts.user, exampleAccounts.admin],
    // Cheap hashing so the story answers at once; production defaults are far slower.
    passwords: createPbkdf2Hasher({ iterations: 1000 }),
  });
  const adapter = backend.adapterFor(as === 'admin' ? exampleViewers.admin : exampleViewers.user);
  const save = as === 'admin' ? 'updateUser' : 'updateProfile';
  switch (scenario) {
    case 'loading':
      return { ...adapter, getProfile: never, getUser: never, getConfig: never };
    case 'loadFailed':
      return { ...adapter, getProfile: () => Promise.reject(new ProfileError('unavailable', 'offline')) };
    case 'saveHangs':
      return { ...adapter, [save]: never };
    case 'rateLimited':
      return { ...adapter, [save]: () => Promise.reject(new ProfileError('rate_limited', 'Too many', { retryAfter: 30 })) };
    case 'offline':
      return { ...adapter, [save]: () => Promise.reject(new ProfileError('unavailable', 'offline')) };
    case 'conflict': {
      // Before the first save lands, an admin changes Grace's height and team.
      let raced = false;
      const admin = backend.adapterFor(exampleViewers.admin);
      const race = async () => {
        if (raced) return;
        raced = true;
        const { version } = await admin.getUser(GRACE);
        await admin.updateUser(GRACE, { custom: { height: 160 }, attributes: { team: 'Army' } }, version);
      };
      return {
        ...adapter,
        updateProfile: async (patch, version) => (await race(), adapter.updateProfile(patch, version)),
        updateUser: async (userId, patch, version) => (await race(), adapter.updateUser(userId, patch, version)),
      };
    }
    default:
      return adapter;
  }
}

interface StoryProps extends CustomFieldsEditorProps {
  scenario?: Scenario;
  config?: ConfigName;
  /** `admin`: Ada editing Grace (`userId`). */
  as?: 'user' | 'admin';
  language?: 'en' | 'fr';
  dir?: 'ltr' | 'rtl';
}

/** CustomFieldsEditor over an in-browser backend seeded with the example accounts. */
function CustomFieldsEditorStory({ scenario = 'ready', config = 'example', as = 'user', language = 'en', dir = 'ltr', ...props }: StoryProps) {
  const adapter = useMemo(() => makeAdapter(scenario, config, as), [scenario, config, as]);
  return (
    <ProfileKitProvider key={`${scenario}-${config}-${as}`} adapter={adapter} messages={language === 'fr' ? fr : undefined} locale={language}>
      <div dir={dir} style={{ maxInlineSize: '40rem' }}>
        <CustomFieldsEditor {...props} userId={as === 'admin' ? GRACE : props.userId} />
      </div>
    </ProfileKitProvider>
  );
}

const meta = {
  title: 'Components/CustomFieldsEditor',
  component: CustomFieldsEditorStory,
  args: { scenario: 'ready', config: 'example', as: 'user', language: 'en', dir: 'ltr' },
  argTypes: {
    scenario: { control: 'select', options: ['ready', 'loading', 'loadFailed', 'saveHangs', 'rateLimited', 'offline', 'conflict'] },
    config: { control: 'inline-radio', options: ['example', 'readOnlyAttributes', 'empty'] },
    as: { control: 'inline-radio', options: ['user', 'admin'] },
    language: { control: 'inline-radio', options: ['en', 'fr'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
} satisfies Meta<typeof CustomFieldsEditorStory>;

export default meta;
type Story = StoryObj<typeof meta>;

const loaded = (canvasElement: HTMLElement) => within(canvasElement).findByLabelText(/Height/, {}, { timeout: 5000 });

/** Changes the height and saves. */
async function editHeight(canvasElement: HTMLElement, height: string) {
  const canvas = within(canvasElement);
  const input = await loaded(canvasElement);
  await userEvent.clear(input);
  await userEvent.type(input, height);
  await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
}

/** Grace's own fields: one of every type, memberTier read-only, her free attributes. */
export const Ready: Story = {};

/** Ada (admin) on Grace: internalNote appears, privateNote does not, memberTier is editable. */
export const AsAdmin: Story = { args: { as: 'admin' } };

/** Attributes the user may read but not change: no Add, no Remove, the reason shown. */
export const ReadOnlyAttributes: Story = { args: { config: 'readOnlyAttributes' } };

/** A config with no custom fields and no attributes. */
export const Empty: Story = { args: { config: 'empty' } };

export const Loading: Story = { args: { scenario: 'loading' } };

/** The profile could not load: the error with a retry. */
export const LoadFailed: Story = { args: { scenario: 'loadFailed' } };

/** A height out of range: the core's message on the field, focus on it. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    await editHeight(canvasElement, '300');
    await waitFor(() => expect(within(canvasElement).getByLabelText(/Height/)).toHaveFocus());
  },
};

/** The save is on its way: Save disabled. */
export const Saving: Story = {
  args: { scenario: 'saveHangs' },
  play: async ({ canvasElement }) => {
    await editHeight(canvasElement, '171');
    await within(canvasElement).findByRole('button', { name: 'Saving…' });
  },
};

export const Saved: Story = {
  play: async ({ canvasElement }) => {
    await editHeight(canvasElement, '171');
    await within(canvasElement).findByText('Saved');
  },
};

/** Someone saved first: the conflict dialog, theirs beside mine. */
export const Conflict: Story = {
  args: { scenario: 'conflict' },
  play: async ({ canvasElement }) => {
    await editHeight(canvasElement, '180');
    await within(canvasElement.ownerDocument.body).findByRole('alertdialog', {}, { timeout: 5000 });
  },
};

/** Remove asks first. */
export const ConfirmRemove: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Remove team' }));
    await within(canvasElement.ownerDocument.body).findByRole('alertdialog', { name: 'Remove team?' });
  },
};

export const RateLimited: Story = {
  args: { scenario: 'rateLimited' },
  play: async ({ canvasElement }) => {
    await editHeight(canvasElement, '171');
    await within(canvasElement).findByRole('alert');
  },
};

export const NetworkFailure: Story = {
  args: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    await editHeight(canvasElement, '171');
    await within(canvasElement).findByRole('alert');
  },
};

export const French: Story = { args: { language: 'fr' } };

export const RightToLeft: Story = { args: { dir: 'rtl', language: 'fr' } };
