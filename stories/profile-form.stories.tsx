import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryBackend } from '../src/adapters';
import { defineProfileConfig, ProfileError, type ProfileAdapter, type ProfileConfig } from '../src/core';
import { fr, ProfileForm, ProfileKitProvider, type ProfileFormProps } from '../src/react';
import { createPbkdf2Hasher } from '../src/service';
import { exampleAccounts, exampleViewers } from '../src/testing/fixtures/example-accounts';
import { exampleConfig, exampleConfigInput } from '../src/testing/fixtures/example-config';

/** What the backend does in a story: answer normally, never answer, or fail one way. */
type Scenario = 'ready' | 'loading' | 'loadFailed' | 'saveHangs' | 'rateLimited' | 'offline' | 'pendingEmail' | 'otherTabSaves';
/** Who looks: Grace at her own profile, Ada (admin) at Grace's, or Grace with admin-only editing. */
type Viewer = 'user' | 'admin' | 'readOnly';

const never = () => new Promise<never>(() => {});
const GRACE = exampleAccounts.user.password;
const PENDING = 'grace.hopper@navy.example';

/** The config where the user may look at everything and change nothing (admins edit). */
const readOnlyConfig: ProfileConfig = defineProfileConfig({
  ...exampleConfigInput,
  fields: Object.fromEntries(['name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale'].map((f) => [f, { edit: ['admin'] }])),
});

const sampleKey = { id: 'key-1', label: 'CI deploys', masked: 'pk_live_ab12…', createdAt: '2026-02-03T10:00:00.000Z' };

function makeAdapter(scenario: Scenario, viewer: Viewer): ProfileAdapter {
  const backend = createMemoryBackend({
    config: viewer === 'readOnly' ? readOnlyConfig : exampleConfig,
    seed: [exampleAccounts.user, exampleAccounts.admin],
    // Cheap hashing so the story answers at once; production defaults are far slower.
    passwords: createPbkdf2Hasher({ iterations: 1000 }),
  });
  const grace = backend.adapterFor(exampleViewers.user);
  const base = viewer === 'admin' ? backend.adapterFor(exampleViewers.admin) : grace;
  // Admins see Grace's API keys (keys are issued by the host app, outside profilekit).
  const adapter: ProfileAdapter = viewer === 'admin' ? { ...base, getUser: async (id) => ({ ...(await base.getUser(id)), apiKeys: [sampleKey] }) } : base;
  switch (scenario) {
    case 'loading':
      return { ...adapter, getProfile: never, getUser: never, getConfig: never };
    case 'loadFailed':
      return { ...adapter, getProfile: () => Promise.reject(new ProfileError('unavailable', 'offline')) };
    case 'saveHangs':
      return { ...adapter, updateProfile: never, updateUser: never };
    case 'rateLimited':
      return { ...adapter, updateProfile: () => Promise.reject(new ProfileError('rate_limited', 'Too many', { retryAfter: 30 })) };
    case 'offline':
      return { ...adapter, updateProfile: () => Promise.reject(new ProfileError('unavailable', 'offline')) };
    case 'pendingEmail': {
      const requested = grace.requestEmailChange({ email: PENDING, currentPassword: GRACE });
      return { ...adapter, getProfile: async () => (await requested, adapter.getProfile()) };
    }
    case 'otherTabSaves': {
      // Someone else saves the company right after the form has loaded it.
      let first = true;
      return {
        ...adapter,
        getProfile: async () => {
          const profile = await adapter.getProfile();
          if (first) {
            first = false;
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

interface StoryProps extends ProfileFormProps {
  scenario?: Scenario;
  viewer?: Viewer;
  language?: 'en' | 'fr';
  dir?: 'ltr' | 'rtl';
}

/** ProfileForm over an in-browser backend seeded with the example accounts. */
function ProfileFormStory({ scenario = 'ready', viewer = 'user', language = 'en', dir = 'ltr', ...props }: StoryProps) {
  const adapter = useMemo(() => makeAdapter(scenario, viewer), [scenario, viewer]);
  return (
    <ProfileKitProvider key={`${scenario}:${viewer}`} adapter={adapter} messages={language === 'fr' ? fr : undefined} locale={language}>
      <div dir={dir} style={{ maxInlineSize: '40rem' }}>
        <ProfileForm userId={viewer === 'admin' ? exampleAccounts.user.id : undefined} {...props} />
      </div>
    </ProfileKitProvider>
  );
}

const meta = {
  title: 'Components/ProfileForm',
  component: ProfileFormStory,
  args: { scenario: 'ready', viewer: 'user', language: 'en', dir: 'ltr', emailChange: true, customFields: false },
  argTypes: {
    scenario: { control: 'select', options: ['ready', 'loading', 'loadFailed', 'saveHangs', 'rateLimited', 'offline', 'pendingEmail', 'otherTabSaves'] },
    viewer: { control: 'inline-radio', options: ['user', 'admin', 'readOnly'] },
    language: { control: 'inline-radio', options: ['en', 'fr'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
} satisfies Meta<typeof ProfileFormStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Adds " Labs" to the company and presses Save. */
async function editCompanyAndSave(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByLabelText('Company', {}, { timeout: 5000 }), ' Labs');
  await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
}

/** Grace's own profile, ready to edit. */
export const Ready: Story = {};

export const Loading: Story = { args: { scenario: 'loading' } };

/** The profile could not load: the error with a retry. */
export const LoadFailed: Story = { args: { scenario: 'loadFailed' } };

/** With the declared custom fields too (`customFields`). */
export const WithCustomFields: Story = { args: { customFields: true } };

/** A save on its way: Save is aria-disabled, the status line says "Saving…". */
export const Saving: Story = {
  args: { scenario: 'saveHangs' },
  play: async ({ canvasElement }) => {
    await editCompanyAndSave(canvasElement);
    await within(canvasElement).findByText('Saving…');
  },
};

/** Saved: announced in the status line. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    await editCompanyAndSave(canvasElement);
    await within(canvasElement).findByText('Your profile is saved.');
  },
};

/** Values the core schema refuses: each on its field, focus on the first. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Phone', {}, { timeout: 5000 }), 'call me');
    await userEvent.type(canvas.getByLabelText('Picture URL'), 'http://example.com/me.png');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(canvas.getByLabelText('Phone')).toHaveFocus());
  },
};

/** Someone else saved the company meanwhile: theirs beside yours. */
export const VersionConflict: Story = {
  args: { scenario: 'otherTabSaves' },
  play: async ({ canvasElement }) => {
    await editCompanyAndSave(canvasElement);
    await within(canvasElement.ownerDocument.body).findByRole('alertdialog');
  },
};

/** A new address awaits confirmation: the banner with Resend and Cancel change. */
export const PendingEmail: Story = { args: { scenario: 'pendingEmail' } };

/** The new address belongs to another account: the error on the email input. */
export const EmailTaken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Change email' }, { timeout: 5000 }));
    await userEvent.type(canvas.getByLabelText('New email address'), exampleAccounts.admin.email);
    await userEvent.type(canvas.getByLabelText('Current password'), GRACE);
    await userEvent.click(canvas.getByRole('button', { name: 'Send confirmation link' }));
    await waitFor(() => expect(canvas.getByLabelText('New email address')).toHaveAttribute('aria-invalid', 'true'));
  },
};

/** The config lets only admins edit: every field read-only with its reason, no Save. */
export const ReadOnly: Story = { args: { viewer: 'readOnly' } };

/** Ada (admin) on Grace's profile: billing and API keys, editable roles and apps, no email change. */
export const AdminView: Story = { args: { viewer: 'admin' } };

export const RateLimited: Story = {
  args: { scenario: 'rateLimited' },
  play: async ({ canvasElement }) => {
    await editCompanyAndSave(canvasElement);
    await within(canvasElement).findByRole('alert');
  },
};

export const NetworkFailure: Story = {
  args: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    await editCompanyAndSave(canvasElement);
    await within(canvasElement).findByRole('alert');
  },
};

export const French: Story = { args: { language: 'fr' } };

export const RightToLeft: Story = { args: { dir: 'rtl', language: 'fr' } };
