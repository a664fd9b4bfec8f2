import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within, type UserEventObject } from 'storybook/test';
import { PasswordChange, type PasswordChangeProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { componentRoot } from '../test/support/component-root';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers, rateLimited } from './support/routes';
import { usage } from './support/story-backend';
import { backend, loadFailedStory, loadingStory } from './support/state-stories';

type Args = PasswordChangeProps & BackendArgs;
type Canvas = ReturnType<typeof within>;
type User = UserEventObject;


const meta = {
  title: 'Components/PasswordChange',
  component: PasswordChange,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          'Current, new and confirm, checked against the config’s password policy (NIST SP 800-63B: length, a common-password list) as you type and on the server. A wrong current password, the rate limit and network failures each say what happened.',
          `
import { PasswordChange, ProfileKitProvider } from 'profilekit';

<ProfileKitProvider adapter={adapter}>
  <PasswordChange onChanged={() => toast('Password changed')} />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs },
  argTypes: { ...backendArgTypes(), onChanged: { action: 'changed' } },
  render: (args) => <PasswordChange {...componentProps(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const PASSWORD = exampleAccounts.user.password;
const NEW = 'Velvet-Orbit-Canyon-92';

const root = (canvasElement: HTMLElement) => componentRoot('password-change', canvasElement);
const loaded = (canvas: Canvas) => canvas.findByLabelText(/Current password|Mot de passe actuel/, {}, { timeout: 5000 });

async function fill(canvas: Canvas, user: User, { current, next, confirm = next }: { current: string; next: string; confirm?: string }) {
  await user.type(await loaded(canvas), current);
  await user.type(canvas.getByLabelText('New password'), next);
  await user.type(canvas.getByLabelText('Confirm new password'), confirm);
  await user.click(canvas.getByRole('button', { name: 'Change password' }));
}

/** Ready to type: the hint shows the policy's lengths. */
export const Ready: Story = {
  play: async ({ canvas, canvasElement }) => {
    await loaded(canvas);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'idle'));
    await expect(canvas.getByLabelText('New password')).toHaveAccessibleDescription(/Use 12 to 128 characters/);
  },
};

export const Loading: Story = loadingStory('password-change');

/** The profile could not load: the error with a retry. */
export const LoadFailed: Story = loadFailedStory('password-change');

/** Submitted empty: every field marked, focus on the first. */
export const EmptySubmit: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Change password' }, { timeout: 5000 }));
    await waitFor(() => expect(canvas.getByLabelText('Current password')).toHaveFocus());
    await expect(canvas.getByText('Enter your current password')).toBeInTheDocument();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'invalid'));
  },
};

/** A new password on the common-password list, refused on the field. */
export const PolicyReason: Story = {
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, { current: PASSWORD, next: 'qwertyuiop123' });
    await waitFor(() => expect(canvas.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByText('This password is too common; choose another')).toBeInTheDocument();
  },
};

export const ConfirmationMismatch: Story = {
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, { current: PASSWORD, next: NEW, confirm: 'Velvet-Orbit-Canyon-29' });
    await waitFor(() => expect(canvas.getByLabelText('Confirm new password')).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByText('The passwords do not match')).toBeInTheDocument();
  },
};

/** The server refuses the current password: the reason on its field. */
export const WrongCurrentPassword: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fill(canvas, userEvent, { current: 'Not-My-Password-1', next: NEW });
    await canvas.findByText('The current password is not correct', {}, { timeout: 5000 });
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'invalid'));
  },
};

/** The change is on its way (the server does not answer): the button is aria-disabled (it keeps focus). */
export const Submitting: Story = {
  parameters: backend({ handlers: [neverAnswers('POST /me/password')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fill(canvas, userEvent, { current: PASSWORD, next: NEW });
    await canvas.findByText('Changing your password…');
    await expect(canvas.getByRole('button', { name: 'Change password' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'submitting'));
  },
};

/** Changed: fields cleared, success announced. */
export const Changed: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fill(canvas, userEvent, { current: PASSWORD, next: NEW });
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Your password has been changed.'), { timeout: 5000 });
    await expect(canvas.getByLabelText('New password')).toHaveValue('');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'success'));
  },
};

/** The server's rate limit (429, Retry-After: 840): an alert with the wait. */
export const RateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('POST /me/password', 840)] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fill(canvas, userEvent, { current: PASSWORD, next: NEW });
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Too many attempts. Try again in 840 seconds.');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'failed'));
  },
};

export const NetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('POST /me/password')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fill(canvas, userEvent, { current: PASSWORD, next: NEW });
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Cannot reach the server. Check your connection and try again.');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'failed'));
  },
};

/** Ada (admin) changes her own password: the same form (passwords are only ever one's own). */
export const AdminViewer: Story = {
  args: { viewer: 'admin' },
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, { current: exampleAccounts.admin.password, next: NEW });
    await canvas.findByText('Your password has been changed.', {}, { timeout: 5000 });
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
    await loaded(canvas);
    await expect(canvas.getByRole('heading', { name: 'Changer de mot de passe' })).toBeInTheDocument();
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await loaded(canvas);
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
