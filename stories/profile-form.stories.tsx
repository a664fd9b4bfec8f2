import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within, type UserEventObject } from 'storybook/test';
import { ProfileForm, type ProfileFormProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { componentRoot } from '../test/support/component-root';
import { GRACE, issueApiKeys } from '../test/support/seed';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers, rateLimited } from './support/routes';
import { fetchProfile, usage, type StoryBackendParameters } from './support/story-backend';
import { backend, loadFailedStory, loadingStory } from './support/state-stories';

type Args = ProfileFormProps & BackendArgs;
type Canvas = ReturnType<typeof within>;
type User = UserEventObject;

const PASSWORD = exampleAccounts.user.password;
const PENDING = 'grace.hopper@navy.example';
const USER_FIELDS = ['name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale'];


const meta = {
  title: 'Components/ProfileForm',
  component: ProfileForm,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          'The viewer’s own profile (or, with `userId`, another user’s: admins), built from the field config the server serves: hidden fields absent, read-only ones shown with the reason, the email change on top. A save sends only the changed fields with the version it was based on; a newer version opens the conflict dialog.',
          `
import { ProfileForm, ProfileKitProvider } from 'profilekit';
import { createHttpAdapter } from 'profilekit/adapters';
import 'profilekit/styles.css';

const adapter = createHttpAdapter({ baseUrl: '/api/profile' });

<ProfileKitProvider adapter={adapter}>
  <ProfileForm onDirtyChange={setDirty} /* userId={id} emailChange={false} customFields */ />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs, emailChange: true, customFields: false },
  argTypes: {
    ...backendArgTypes(),
    userId: { control: false, description: 'Set from the *viewer* control: Ada (admin) looks at Grace' },
    onSaved: { action: 'saved' },
    onDirtyChange: { action: 'dirty' },
  },
  render: (args) => <ProfileForm {...componentProps(args)} userId={args.viewer === 'admin' ? GRACE : args.userId} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => componentRoot('profile-form', canvasElement);
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const loaded = (canvas: Canvas, label = 'Name') => canvas.findByLabelText(label, {}, { timeout: 5000 });

/** Adds " Labs" to the company and presses Save. */
async function editCompanyAndSave(canvas: Canvas, user: User) {
  await user.type(await loaded(canvas, 'Company'), ' Labs');
  await user.click(canvas.getByRole('button', { name: 'Save' }));
}

/** Grace’s own profile, filled in and ready to edit. */
export const Filled: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await loaded(canvas)).toHaveValue('Grace Hopper');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'));
    await expect(canvas.getByLabelText('Email')).toHaveValue('grace@example.com');
  },
};

/** The server has not answered yet: the skeleton. */
export const Loading: Story = loadingStory('profile-form');

/** The profile could not load (network failure): the error with a retry. */
export const LoadFailed: Story = loadFailedStory('profile-form');

/** With the declared custom fields too (`customFields`). */
export const WithCustomFields: Story = {
  args: { customFields: true },
  play: async ({ canvas }) => {
    await expect(await loaded(canvas, 'Height')).toHaveValue(170);
  },
};

/** A save on its way (the server does not answer): Save is aria-disabled, the status says "Saving…". */
export const Saving: Story = {
  parameters: backend({ handlers: [neverAnswers('PATCH /me')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await editCompanyAndSave(canvas, userEvent);
    await canvas.findByText('Saving…');
    await expect(canvas.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'saving'));
  },
};

/** Fill and save: announced in the status line, and the server has it (a re-fetch shows it). */
export const Saved: Story = {
  play: async ({ canvas, userEvent }) => {
    await editCompanyAndSave(canvas, userEvent);
    await expect(await canvas.findByText('Your profile is saved.', {}, { timeout: 5000 })).toHaveAttribute('role', 'status');
    await expect(canvas.getByLabelText('Company')).toHaveValue('Harvard Mark I Labs');
    await expect(await fetchProfile()).toMatchObject({ company: 'Harvard Mark I Labs' });
  },
};

/** Values the core schema refuses: each on its field, focus on the first. */
export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await loaded(canvas, 'Phone'), 'call me');
    await userEvent.type(canvas.getByLabelText('Picture URL'), 'http://example.com/me.png');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(canvas.getByLabelText('Phone')).toHaveFocus());
    await expect(canvas.getByLabelText('Phone')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Picture URL')).toHaveAccessibleDescription('Use an https:// address');
  },
};

/** Someone else (another tab) saves the company just before this save lands. */
const someoneElseSaves: StoryBackendParameters['meanwhile'] = {
  request: 'PATCH /me',
  run: async ({ asUser }) => {
    const { version } = await asUser.getProfile();
    await asUser.updateProfile({ company: 'UNIVAC' }, version);
  },
};

async function openConflict(canvas: Canvas, canvasElement: HTMLElement, user: User) {
  await editCompanyAndSave(canvas, user);
  const dialog = await page(canvasElement).findByRole('alertdialog', {}, { timeout: 5000 });
  const row = within(dialog).getByRole('row', { name: /Company/ });
  await expect(row).toHaveTextContent('UNIVAC');
  await expect(row).toHaveTextContent('Harvard Mark I Labs');
  return dialog;
}

/** The version conflict dialog: their value beside yours. */
export const VersionConflict: Story = {
  parameters: backend({ meanwhile: someoneElseSaves }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await openConflict(canvas, canvasElement, userEvent);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'conflict'));
  },
};

/** Conflict resolved with "Keep theirs": the form shows their company, the server keeps it. */
export const ConflictKeepTheirs: Story = {
  parameters: backend({ meanwhile: someoneElseSaves }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openConflict(canvas, canvasElement, userEvent);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(canvas.getByLabelText('Company')).toHaveValue('UNIVAC'));
    await expect(await fetchProfile()).toMatchObject({ company: 'UNIVAC' });
  },
};

/** Conflict resolved with "Overwrite with mine": saved over their version. */
export const ConflictOverwrite: Story = {
  parameters: backend({ meanwhile: someoneElseSaves }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const dialog = await openConflict(canvas, canvasElement, userEvent);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await canvas.findByText('Your profile is saved.', {}, { timeout: 5000 });
    await expect(await fetchProfile()).toMatchObject({ company: 'Harvard Mark I Labs' });
  },
};

/** A new address awaits confirmation: the banner with Resend and Cancel change. */
export const PendingEmail: Story = {
  parameters: backend({
    setup: async ({ asUser }) => {
      await asUser.requestEmailChange({ email: PENDING, currentPassword: PASSWORD });
    },
  }),
  play: async ({ canvas }) => {
    await canvas.findByRole('group', { name: `Confirm ${PENDING}: we sent a link to it.` }, { timeout: 5000 });
    await expect(canvas.getByRole('button', { name: 'Resend link' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Cancel change' })).toBeInTheDocument();
  },
};

/** The account's erasure is scheduled: said at the top, with its date and how to keep the account. */
export const PendingDeletion: Story = {
  parameters: backend({ setup: async ({ asUser }) => void (await asUser.scheduleDeletion({ currentPassword: PASSWORD })) }),
  play: async ({ canvas }) => {
    const banner = await canvas.findByRole('group', { name: /^Your account will be erased on / }, { timeout: 5000 });
    await expect(banner).toHaveTextContent('To keep it, cancel the deletion under “Delete account”.');
  },
};

/** An admin suspended the account: why, and that it can be read but not changed. */
export const Suspended: Story = {
  parameters: backend({ setup: async ({ asAdmin }) => void (await asAdmin.suspendUser(GRACE, { reason: 'Checking a report' })) }),
  play: async ({ canvas }) => {
    const banner = await canvas.findByRole('group', { name: 'Your account is suspended.' }, { timeout: 5000 });
    await expect(banner).toHaveTextContent('Reason: Checking a report');
  },
};

/** The new address belongs to another account: the server’s error on the email input. */
export const EmailTaken: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Change email' }, { timeout: 5000 }));
    await userEvent.type(canvas.getByLabelText('New email address'), exampleAccounts.admin.email);
    await userEvent.type(canvas.getByLabelText('Current password'), PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Send confirmation link' }));
    await waitFor(() => expect(canvas.getByLabelText('New email address')).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByLabelText('New email address')).toHaveAccessibleDescription('Another account already uses this email address.');
  },
};

/** The config lets nobody change the profile fields: each read-only with its reason, no Save. */
export const ReadOnlyFields: Story = {
  args: { readOnlyFields: USER_FIELDS },
  play: async ({ canvas, canvasElement }) => {
    await expect(await loaded(canvas)).toHaveAttribute('readonly');
    await expect(canvas.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'readonly'));
  },
};

/** The phone hidden from users (`view: ['admin']`): absent from Grace’s form. */
export const HiddenField: Story = {
  args: { hiddenFields: ['phone'], hiddenFrom: 'user' },
  play: async ({ canvas }) => {
    await loaded(canvas);
    await expect(canvas.queryByLabelText('Phone')).not.toBeInTheDocument();
  },
};

/** A custom field added by the app’s config (the *extraField* controls). */
export const AddedCustomField: Story = {
  args: { customFields: true, extraFieldLabel: 'Favourite colour', extraFieldType: 'text' },
  play: async ({ canvas }) => {
    await expect(await loaded(canvas, 'Favourite colour')).toHaveValue('');
  },
};

/** Ada (admin) on Grace’s profile: billing and API keys, editable roles and apps, no email change. */
export const AdminViewer: Story = {
  args: { viewer: 'admin' },
  parameters: backend({
    setup: ({ backend }) => issueApiKeys(backend, GRACE, [{ id: 'key-1', label: 'CI deploys', prefix: 'pk_live_ab12' }]),
  }),
  play: async ({ canvas }) => {
    await canvas.findByRole('group', { name: 'Billing' }, { timeout: 5000 });
    await expect(canvas.getByRole('table', { name: 'API keys' })).toHaveTextContent('pk_live_ab12');
    await expect(canvas.queryByRole('button', { name: 'Change email' })).not.toBeInTheDocument();
  },
};

/** The server’s rate limit (429, Retry-After: 30): said in an alert, the edit kept. */
export const RateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('PATCH /me', 30)] }),
  play: async ({ canvas, userEvent }) => {
    await editCompanyAndSave(canvas, userEvent);
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await expect(canvas.getByLabelText('Company')).toHaveValue('Harvard Mark I Labs');
  },
};

/** The save never reaches the server: said in an alert, the edit kept. */
export const NetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('PATCH /me')] }),
  play: async ({ canvas, userEvent }) => {
    await editCompanyAndSave(canvas, userEvent);
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Cannot reach the server. Check your connection and try again.');
    await expect(canvas.getByLabelText('Company')).toHaveValue('Harvard Mark I Labs');
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
    await canvas.findByRole('button', { name: 'Enregistrer' }, { timeout: 5000 });
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('button', { name: 'Enregistrer' }, { timeout: 5000 });
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
