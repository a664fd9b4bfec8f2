import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within, type UserEventObject } from 'storybook/test';
import { EmailChange, type EmailChangeProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { componentRoot } from '../test/support/component-root';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers, rateLimited } from './support/routes';
import { fetchProfile, usage } from './support/story-backend';
import { backend, loadFailedStory, loadingStory } from './support/state-stories';

type Args = EmailChangeProps & BackendArgs;
type Canvas = ReturnType<typeof within>;
type User = UserEventObject;


const PASSWORD = exampleAccounts.user.password;
const NEW = 'grace.hopper@navy.example';

const meta = {
  title: 'Components/EmailChange',
  component: EmailChange,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          'The viewer’s own email and how to change it: a link goes to the new address and the account keeps the old one until it is opened; while an address is pending, a banner with "Resend link" and "Cancel change". `ProfileForm` shows it on top; use it alone on a security page.',
          `
import { EmailChange, ProfileKitProvider } from 'profilekit';

<ProfileKitProvider adapter={adapter}>
  <EmailChange onRequested={(profile) => …} onCancelled={(profile) => …} />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs },
  argTypes: { ...backendArgTypes(), onRequested: { action: 'requested' }, onCancelled: { action: 'cancelled' } },
  render: (args) => <EmailChange {...componentProps(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => componentRoot('email-change', canvasElement);
const changeButton = (canvas: Canvas) => canvas.findByRole('button', { name: 'Change email' }, { timeout: 5000 });
const pendingBanner = (canvas: Canvas) => canvas.findByRole('group', { name: `Confirm ${NEW}: we sent a link to it.` }, { timeout: 5000 });

async function request(canvas: Canvas, user: User, email = NEW, password = PASSWORD) {
  await user.click(await changeButton(canvas));
  await user.type(canvas.getByLabelText('New email address'), email);
  await user.type(canvas.getByLabelText('Current password'), password);
  await user.click(canvas.getByRole('button', { name: 'Send confirmation link' }));
}

/** The address with its verified badge, and "Change email". */
export const Ready: Story = {
  play: async ({ canvas, canvasElement }) => {
    await changeButton(canvas);
    await expect(canvas.getByLabelText('Email')).toHaveValue('grace@example.com');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'));
  },
};

export const Loading: Story = loadingStory('email-change');

export const LoadFailed: Story = loadFailedStory('email-change');

/** The form open: new address and current password. */
export const Editing: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await changeButton(canvas));
    await expect(canvas.getByLabelText('New email address')).toHaveFocus();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'editing'));
  },
};

/** The request on its way (the server does not answer). */
export const Sending: Story = {
  parameters: backend({ handlers: [neverAnswers('POST /me/email')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await request(canvas, userEvent);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'sending'));
  },
};

/** Requested: the link is sent, the banner shows the pending address, the server has it. */
export const Requested: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await request(canvas, userEvent);
    await pendingBanner(canvas);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'pending'));
    await expect(await fetchProfile()).toMatchObject({ email: 'grace@example.com', pendingEmail: NEW });
  },
};

/** An address awaits confirmation: Resend and Cancel change. */
export const PendingEmail: Story = {
  parameters: backend({
    setup: async ({ asUser }) => {
      await asUser.requestEmailChange({ email: NEW, currentPassword: PASSWORD });
    },
  }),
  play: async ({ canvas }) => {
    await pendingBanner(canvas);
    await expect(canvas.getByRole('button', { name: 'Resend link' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Cancel change' })).toBeInTheDocument();
  },
};

/** The pending change cancelled: the address stays, the server dropped the pending one. */
export const CancelPending: Story = {
  parameters: PendingEmail.parameters,
  play: async ({ canvas, userEvent }) => {
    await pendingBanner(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel change' }));
    await canvas.findByText('Email change cancelled. Your address stays grace@example.com.', {}, { timeout: 5000 });
    await expect((await fetchProfile()).pendingEmail ?? null).toBeNull();
  },
};

/** The new address belongs to another account: the server's error on the input. */
export const EmailTaken: Story = {
  play: async ({ canvas, userEvent }) => {
    await request(canvas, userEvent, exampleAccounts.admin.email);
    await waitFor(() => expect(canvas.getByLabelText('New email address')).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByLabelText('New email address')).toHaveAccessibleDescription('Another account already uses this email address.');
  },
};

/** The current password is wrong: the server's error on the password input. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent }) => {
    await request(canvas, userEvent, NEW, 'Not-My-Password-1');
    await waitFor(() => expect(canvas.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true'));
  },
};

export const RateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('POST /me/email', 30)] }),
  play: async ({ canvas, userEvent }) => {
    await request(canvas, userEvent);
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
  },
};

export const NetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('POST /me/email')] }),
  play: async ({ canvas, userEvent }) => {
    await request(canvas, userEvent);
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Cannot reach the server.');
  },
};

/** The config lets nobody change their email (the *readOnlyFields* control): no "Change email". */
export const ReadOnly: Story = {
  args: { readOnlyFields: ['email'] },
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'readonly'), { timeout: 5000 });
    await expect(canvas.queryByRole('button', { name: 'Change email' })).not.toBeInTheDocument();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await changeButton(canvas);
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await canvas.findByRole('button', { name: 'Changer d’adresse e-mail' }, { timeout: 5000 });
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('button', { name: 'Changer d’adresse e-mail' }, { timeout: 5000 });
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
