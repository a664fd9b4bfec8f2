import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryBackend } from '../src/adapters';
import { defineProfileConfig, ProfileError, type ProfileAdapter } from '../src/core';
import { fr, NotificationPrefs, ProfileKitProvider, type NotificationPrefsProps } from '../src/react';
import { createPbkdf2Hasher } from '../src/service';
import { exampleAccounts, exampleViewers } from '../src/testing/fixtures/example-accounts';
import { exampleConfig, exampleConfigInput } from '../src/testing/fixtures/example-config';

/** What the backend does in a story. */
type Scenario = 'ready' | 'loading' | 'loadFailed' | 'saveHangs' | 'saveFails' | 'readOnly' | 'admin' | 'wide';

const never = () => new Promise<never>(() => {});

const configs = {
  example: exampleConfig,
  /** Users see their preferences but only admins change them. */
  readOnly: defineProfileConfig({ ...exampleConfigInput, fields: { notifications: { edit: ['admin'] } } }),
  /** Three channels, six topics, one with a description, one not sent by SMS. */
  wide: defineProfileConfig({
    ...exampleConfigInput,
    notifications: {
      channels: [
        { id: 'email', label: 'Email' },
        { id: 'sms', label: 'SMS' },
        { id: 'push', label: 'Push' },
      ],
      topics: [
        { id: 'security', label: 'Security alerts', description: 'Sign-ins, password and email changes', mandatory: true, default: true },
        { id: 'billing', label: 'Billing', default: true },
        { id: 'workouts', label: 'Workout reminders', default: true },
        { id: 'friends', label: 'Friend activity', default: false },
        { id: 'tips', label: 'Tips', default: false, channels: ['email', 'push'] },
        { id: 'offers', label: 'Offers', default: false },
      ],
    },
  }),
};

function makeBackend(scenario: Scenario) {
  const backend = createMemoryBackend({
    config: scenario === 'readOnly' ? configs.readOnly : scenario === 'wide' ? configs.wide : configs.example,
    seed: [exampleAccounts.user, exampleAccounts.admin],
    passwords: createPbkdf2Hasher({ iterations: 1000 }),
  });
  const base = backend.adapterFor(scenario === 'admin' ? exampleViewers.admin : exampleViewers.user);
  const adapters: Record<Scenario, () => ProfileAdapter> = {
    ready: () => base,
    readOnly: () => base,
    admin: () => base,
    wide: () => base,
    loading: () => ({ ...base, getProfile: never, getConfig: never }),
    loadFailed: () => ({ ...base, getProfile: () => Promise.reject(new ProfileError('unavailable', 'offline')) }),
    saveHangs: () => ({ ...base, updateProfile: never }),
    saveFails: () => ({ ...base, updateProfile: () => Promise.reject(new ProfileError('unavailable', 'offline')) }),
  };
  // "Another tab": the same user saving a change behind the component's back.
  const otherTab = backend.adapterFor(exampleViewers.user);
  return { adapter: adapters[scenario](), otherTab };
}

interface StoryProps extends NotificationPrefsProps {
  scenario?: Scenario;
  language?: 'en' | 'fr';
  dir?: 'ltr' | 'rtl';
  /** Width of the frame, to see the grid on a phone (390). */
  width?: number;
  /** Shows a button that saves a change as another tab would: for version conflicts. */
  otherTabButton?: boolean;
}

/** NotificationPrefs signed in as Grace (or Ada, the admin) over an in-browser backend. */
function NotificationPrefsStory({ scenario = 'ready', language = 'en', dir = 'ltr', width, otherTabButton = false, ...props }: StoryProps) {
  const { adapter, otherTab } = useMemo(() => makeBackend(scenario), [scenario]);
  return (
    <ProfileKitProvider key={scenario} adapter={adapter} messages={language === 'fr' ? fr : undefined} locale={language}>
      <div dir={dir} style={width ? { inlineSize: width, border: '1px dashed #8a919c', padding: 8 } : undefined}>
        <NotificationPrefs {...props} />
      </div>
      {otherTabButton ? (
        <button
          type="button"
          style={{ marginBlockStart: 16 }}
          onClick={() => void otherTab.getProfile().then((p) => otherTab.updateProfile({ notifications: { sms: { workouts: false } } }, p.version))}
        >
          (story) Another tab turns off Workout reminders by SMS
        </button>
      ) : null}
    </ProfileKitProvider>
  );
}

const meta = {
  title: 'Components/NotificationPrefs',
  component: NotificationPrefsStory,
  args: { scenario: 'ready', mode: 'instant', language: 'en', dir: 'ltr' },
  argTypes: {
    scenario: { control: 'select', options: ['ready', 'loading', 'loadFailed', 'saveHangs', 'saveFails', 'readOnly', 'admin', 'wide'] },
    mode: { control: 'inline-radio', options: ['instant', 'save-button'] },
    language: { control: 'inline-radio', options: ['en', 'fr'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
} satisfies Meta<typeof NotificationPrefsStory>;

export default meta;
type Story = StoryObj<typeof meta>;

const switchNamed = async (canvasElement: HTMLElement, name: string) =>
  within(canvasElement).findByRole('switch', { name }, { timeout: 5000 });

/** Each switch saves at once. Security alerts are mandatory: on and locked. */
export const Instant: Story = {};

export const Loading: Story = { args: { scenario: 'loading' } };

export const LoadFailed: Story = { args: { scenario: 'loadFailed' } };

/** A switch on its way to the server: shown on at once, marked busy. */
export const Saving: Story = {
  args: { scenario: 'saveHangs' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await switchNamed(canvasElement, 'Offers by Email'));
    await waitFor(() => expect(within(canvasElement).getByRole('switch', { name: 'Offers by Email' })).toHaveAttribute('aria-busy', 'true'));
  },
};

/** The save failed: the switch turned back and an alert names it. */
export const SaveFailed: Story = {
  args: { scenario: 'saveFails' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await switchNamed(canvasElement, 'Offers by Email'));
    await within(canvasElement).findByRole('alert');
  },
};

/** Save-button mode with one unsaved change. */
export const WithSaveButton: Story = {
  args: { mode: 'save-button' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await switchNamed(canvasElement, 'Offers by Email'));
  },
};

/** Save-button mode: another tab saved meanwhile, so Save opens the conflict dialog. */
export const VersionConflict: Story = {
  args: { mode: 'save-button', otherTabButton: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await switchNamed(canvasElement, 'Offers by Email'));
    await userEvent.click(canvas.getByRole('button', { name: /Another tab/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await within(canvasElement.ownerDocument.body).findByRole('alertdialog');
  },
};

/** The viewer may not change them: every switch locked, with the reason. */
export const ReadOnly: Story = { args: { scenario: 'readOnly' } };

/** Ada (admin) editing Grace's preferences. */
export const AdminEditingUser: Story = { args: { scenario: 'admin', userId: exampleAccounts.user.id } };

/** Three channels by six topics. */
export const WideGrid: Story = { args: { scenario: 'wide' } };

/** The wide grid in a 390px-wide frame: the table scrolls sideways, the topics stay put. */
export const Phone: Story = { args: { scenario: 'wide', width: 390 } };

export const French: Story = { args: { language: 'fr' } };

export const RightToLeft: Story = { args: { language: 'fr', dir: 'rtl', scenario: 'wide' } };
