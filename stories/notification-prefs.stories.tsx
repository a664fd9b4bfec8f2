import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { ProfileConfigInput } from '../src/core';
import { NotificationPrefs, type NotificationPrefsProps } from '../src/react';
import { exampleConfigInput } from '../src/testing/fixtures/example-config';
import { componentRoot } from '../test/support/component-root';
import { GRACE } from '../test/support/seed';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers, rateLimited } from './support/routes';
import { fetchProfile, usage } from './support/story-backend';
import { backend, loadFailedStory, loadingStory } from './support/state-stories';

type Args = NotificationPrefsProps & BackendArgs;
type Canvas = ReturnType<typeof within>;

/** Three channels, six topics, one with a description, one not sent by SMS. */
const wideConfig: ProfileConfigInput = {
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
};


const meta = {
  title: 'Components/NotificationPrefs',
  component: NotificationPrefs,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          'The channel × topic grid of the config’s notifications. `instant` (default): each switch saves at once, shown on before the server answers and turned back, with an alert naming it, if the save fails. `save-button`: changes wait for Save. Mandatory topics are on and locked.',
          `
import { NotificationPrefs, ProfileKitProvider } from 'profilekit';

<ProfileKitProvider adapter={adapter}>
  <NotificationPrefs /* mode="save-button" userId={id} onSaved={(profile) => …} */ />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs, mode: 'instant' },
  argTypes: {
    ...backendArgTypes(),
    mode: { control: 'inline-radio', options: ['instant', 'save-button'] },
    userId: { control: false, description: 'Set from the *viewer* control: Ada (admin) edits Grace’s' },
    onSaved: { action: 'saved' },
  },
  render: (args) => <NotificationPrefs {...componentProps(args)} userId={args.viewer === 'admin' ? GRACE : args.userId} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => componentRoot('notification-prefs', canvasElement);
const table = (canvas: Canvas) => canvas.findByRole('table', {}, { timeout: 5000 });
const switchNamed = (canvas: Canvas, name: string) => canvas.findByRole('switch', { name }, { timeout: 5000 });

/** Each switch saves at once. Security alerts are mandatory: on and locked. */
export const Instant: Story = {
  play: async ({ canvas, canvasElement }) => {
    await table(canvas);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'));
    await expect(canvas.getByRole('switch', { name: 'Security alerts by Email' })).toHaveAttribute('aria-readonly', 'true');
  },
};

/** A toggle saved at once; the server has it (a re-fetch shows it). */
export const Toggle: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const offers = await switchNamed(canvas, 'Offers by Email');
    await expect(offers).not.toBeChecked();
    await userEvent.click(offers);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'saved'));
    await expect(canvas.getByRole('switch', { name: 'Offers by Email' })).toBeChecked();
    await expect(await fetchProfile()).toMatchObject({ notifications: { email: { marketing: true } } });
  },
};

export const Loading: Story = loadingStory('notification-prefs');

export const LoadFailed: Story = loadFailedStory('notification-prefs');

/** A switch on its way to the server: shown on at once, marked busy. */
export const Saving: Story = {
  parameters: backend({ handlers: [neverAnswers('PATCH /me')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await switchNamed(canvas, 'Offers by Email'));
    await waitFor(() => expect(canvas.getByRole('switch', { name: 'Offers by Email' })).toHaveAttribute('aria-busy', 'true'));
    await expect(canvas.getByRole('switch', { name: 'Offers by Email' })).toBeChecked();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'saving'));
  },
};

/** The save never reached the server: the switch turned back and an alert names it. */
export const NetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('PATCH /me')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await switchNamed(canvas, 'Offers by Email'));
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Could not save “Offers by Email”');
    await waitFor(() => expect(canvas.getByRole('switch', { name: 'Offers by Email' })).not.toBeChecked());
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'failed'));
  },
};

/** The server's rate limit (429, Retry-After: 30): the switch turned back, the wait said. */
export const RateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('PATCH /me', 30)] }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await switchNamed(canvas, 'Offers by Email'));
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Try again in 30 seconds');
    await waitFor(() => expect(canvas.getByRole('switch', { name: 'Offers by Email' })).not.toBeChecked());
  },
};

/** Save-button mode with one unsaved change. */
export const WithSaveButton: Story = {
  args: { mode: 'save-button' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await switchNamed(canvas, 'Offers by Email'));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'dirty'));
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeEnabled();
  },
};

/** Save-button mode: another tab turned off workout reminders by SMS meanwhile, so Save opens the conflict dialog. */
export const VersionConflict: Story = {
  args: { mode: 'save-button' },
  parameters: backend({
    meanwhile: {
      request: 'PATCH /me',
      run: async ({ asUser }) => {
        const { version } = await asUser.getProfile();
        await asUser.updateProfile({ notifications: { sms: { workouts: false } } }, version);
      },
    },
  }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await switchNamed(canvas, 'Offers by Email'));
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog', {}, { timeout: 5000 });
    await expect(within(dialog).getByRole('row', { name: /Offers \(Email\)/ })).toBeInTheDocument();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'conflict'));
  },
};

/** The viewer may not change them (the *readOnlyFields* control): every switch locked, with the reason. */
export const ReadOnly: Story = {
  args: { readOnlyFields: ['notifications'] },
  play: async ({ canvas, canvasElement }) => {
    await table(canvas);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'readonly'));
    for (const cell of canvas.getAllByRole('switch')) await expect(cell).toHaveAttribute('aria-readonly', 'true');
  },
};

/** Ada (admin) editing Grace's preferences. */
export const AdminViewer: Story = {
  args: { viewer: 'admin' },
  play: async ({ canvas }) => {
    await expect(await switchNamed(canvas, 'Offers by Email')).not.toHaveAttribute('aria-readonly');
  },
};

async function wideGrid(canvas: Canvas) {
  await table(canvas);
  await expect(canvas.getAllByRole('switch')).toHaveLength(17);
  await expect(canvas.getByText('Tips is not sent by SMS')).toBeInTheDocument();
  await expect(canvas.getByRole('switch', { name: 'Security alerts by Push' })).toHaveAccessibleDescription(/Sign-ins, password and email changes/);
}

/** Three channels by six topics. */
export const WideGrid: Story = {
  parameters: backend({ config: wideConfig }),
  play: async ({ canvas }) => wideGrid(canvas),
};

/** The wide grid in a 390px-wide frame: the table scrolls sideways, the topics stay put. */
export const Phone: Story = {
  parameters: backend({ config: wideConfig }),
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 390, border: '1px dashed #8a919c', padding: 8 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => wideGrid(canvas),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await table(canvas);
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await table(canvas);
    await expect(canvas.getByRole('columnheader', { name: 'Sujet' })).toBeInTheDocument();
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  parameters: backend({ config: wideConfig }),
  play: async ({ canvas, canvasElement }) => {
    await table(canvas);
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
