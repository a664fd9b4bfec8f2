import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within, type UserEventObject } from 'storybook/test';
import { DeleteAccount, type DeleteAccountProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { exampleConfigInput } from '../src/testing/fixtures/example-config';
import { componentRoot } from '../test/support/component-root';
import { GRACE } from '../test/support/seed';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers, rateLimited } from './support/routes';
import { fetchProfile, usage } from './support/story-backend';
import { backend, loadFailedStory, loadingStory } from './support/state-stories';

type Args = DeleteAccountProps & BackendArgs;
type Canvas = ReturnType<typeof within>;

const PASSWORD = exampleAccounts.user.password;

const meta = {
  title: 'Components/DeleteAccount',
  component: DeleteAccount,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          '"Delete account" for the viewer\'s own: type a word (DELETE; SUPPRIMER in French) and the current password; the erasure is scheduled after the server\'s grace period, its date shown in the viewer\'s locale with a cancel (the password again). With a grace period of 0 the account is erased at once and `onErased` lets the host sign out.',
          `
import { DeleteAccount, ProfileKitProvider } from 'profilekit';

<ProfileKitProvider adapter={adapter}>
  <DeleteAccount onErased={() => auth.signOut()} />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs, onErased: fn(), onScheduled: fn(), onCancelled: fn() },
  argTypes: { ...backendArgTypes() },
  render: (args) => <DeleteAccount {...componentProps(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => componentRoot('delete-account', canvasElement);
const opener = (canvas: Canvas) => canvas.findByRole('button', { name: 'Delete my account…' }, { timeout: 5000 });

/** Opens the confirmation and fills it: the typed word, then the password. */
async function fill(canvas: Canvas, user: UserEventObject, word = 'DELETE', password = PASSWORD) {
  await user.click(await opener(canvas));
  await user.type(canvas.getByRole('textbox', { name: 'Type DELETE to confirm' }), word);
  if (password) await user.type(canvas.getByLabelText('Current password'), password);
}

const submit = (canvas: Canvas) => canvas.getByRole('button', { name: 'Delete my account' });

/** Ready: what deleting means (the grace period in words), behind a button. */
export const Ready: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await opener(canvas)).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.getByText(/erased 14 days after you confirm/)).toBeInTheDocument();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');
  },
};

export const Loading: Story = loadingStory('delete-account');

export const LoadFailed: Story = loadFailedStory('delete-account');

/** The form open with the word half typed: the submit stays inert; Enter says what is missing and sends nothing. */
export const Confirming: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fill(canvas, userEvent, 'DEL');
    await expect(submit(canvas)).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('Type DELETE to confirm.')).toBeInTheDocument();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'confirming');
    await expect(await fetchProfile()).toMatchObject({ status: 'active' });
  },
};

/** Scheduled: the date in the viewer's locale, focus on it, and the cancel form. */
export const Scheduled: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await fill(canvas, userEvent);
    await userEvent.click(submit(canvas));
    const panel = await canvas.findByRole('group', { name: /^Your account will be erased on / });
    await waitFor(() => expect(panel).toHaveFocus());
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'scheduled');
    await expect(args.onScheduled).toHaveBeenCalled();
    await expect(await fetchProfile()).toMatchObject({ status: 'pending_deletion' });
  },
};

/** Already scheduled (another tab): cancelled with the password, the account stays. */
export const Cancelled: Story = {
  parameters: backend({ setup: async ({ asUser }) => void (await asUser.scheduleDeletion({ currentPassword: PASSWORD })) }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findByRole('group', { name: /^Your account will be erased on / }, { timeout: 5000 });
    await userEvent.type(canvas.getByLabelText('Current password'), `${PASSWORD}{Enter}`);
    await expect(await canvas.findByText('The deletion is cancelled: your account stays.')).toBeInTheDocument();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'idle'));
    await expect(await fetchProfile()).toMatchObject({ status: 'active', purgeAt: null });
  },
};

/** The request is under way (the server does not answer): busy. */
export const Deleting: Story = {
  parameters: backend({ handlers: [neverAnswers('POST /me/deletion')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fill(canvas, userEvent);
    await userEvent.click(submit(canvas));
    await expect(await canvas.findByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(root(canvasElement)).toHaveAttribute('aria-busy', 'true');
  },
};

/** A wrong password: on its field, which gets focus. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, 'DELETE', 'Not-My-Password-11');
    await userEvent.click(submit(canvas));
    const password = canvas.getByLabelText('Current password');
    await waitFor(() => expect(password).toHaveAccessibleDescription('The current password is not correct'));
    await expect(password).toHaveFocus();
  },
};

/** Too many wrong passwords (429, Retry-After 900 s): the wait in words. */
export const RateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('POST /me/deletion', 900)] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await fill(canvas, userEvent);
    await userEvent.click(submit(canvas));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 15 minutes.');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'failed');
  },
};

/** Scheduled from another tab meanwhile (409 invalid_state): said by its id, and the real state shown. */
export const AlreadyScheduled: Story = {
  parameters: backend({ meanwhile: { request: 'POST /me/deletion', run: async ({ asUser }) => void (await asUser.scheduleDeletion({ currentPassword: PASSWORD })) } }),
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent);
    await userEvent.click(submit(canvas));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The account is already scheduled for erasure');
    await canvas.findByRole('group', { name: /^Your account will be erased on / }, { timeout: 5000 });
  },
};

/** A suspended account's writes are refused (403 account_suspended). */
export const Suspended: Story = {
  parameters: backend({ setup: async ({ asAdmin }) => void (await asAdmin.suspendUser(GRACE, { reason: 'Checking a report' })) }),
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent);
    await userEvent.click(submit(canvas));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This account is suspended.');
  },
};

export const NetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('POST /me/deletion')] }),
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent);
    await userEvent.click(submit(canvas));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Cannot reach the server');
  },
};

/** A grace period of 0: erased at once; the host's `onErased` signs out. */
export const ErasedAtOnce: Story = {
  parameters: backend({ deletionGracePeriodMs: 0 }),
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await expect(await canvas.findByText(/erased at once\. This cannot be undone\./, {}, { timeout: 5000 })).toBeInTheDocument();
    await fill(canvas, userEvent);
    await userEvent.click(submit(canvas));
    await expect(await canvas.findByText('Your account has been erased.')).toBeInTheDocument();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'erased');
    await expect(args.onErased).toHaveBeenCalled();
  },
};

/** The config keeps deletion to admins and nothing is pending: nothing is shown. */
export const NotAllowed: Story = {
  parameters: backend({ config: { ...exampleConfigInput, lifecycle: { delete: ['admin'] } } }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-pk-component="delete-account"]')).toBeNull(), { timeout: 5000 });
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, 'DEL');
  },
};

/** In French: the word to type is SUPPRIMER, the date in French. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Supprimer mon compte…' }, { timeout: 5000 }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Saisissez SUPPRIMER pour confirmer' }), 'supprimer');
    await userEvent.type(canvas.getByLabelText('Mot de passe actuel'), `${PASSWORD}{Enter}`);
    await canvas.findByRole('group', { name: /^Votre compte sera effacé le / });
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('button', { name: 'Supprimer mon compte…' }, { timeout: 5000 });
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
