import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within, type UserEventObject } from 'storybook/test';
import type { SeedAccount } from '../src/adapters';
import { CustomFieldsEditor, type CustomFieldsEditorProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { exampleConfigInput } from '../src/testing/fixtures/example-config';
import { componentRoot } from '../test/support/component-root';
import { GRACE } from '../test/support/seed';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers, rateLimited } from './support/routes';
import { fetchProfile, usage, type StoryBackendParameters } from './support/story-backend';
import { backend, loadFailedStory, loadingStory } from './support/state-stories';

type Args = CustomFieldsEditorProps & BackendArgs;
type Canvas = ReturnType<typeof within>;
type User = UserEventObject;


/** The example accounts without what a config with no custom fields or attributes does not declare. */
const plain = ({ id, email, password, name }: SeedAccount & { name: string }): SeedAccount => ({ id, email, password, name });

const meta = {
  title: 'Components/CustomFieldsEditor',
  component: CustomFieldsEditor,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          'The app’s declared custom fields, each with its typed input (text, long text, number, boolean, select, multi-select, date, URL, email, phone), and the free key/value attributes when the config enables them: saved together as one patch of what changed, against the version loaded.',
          `
import { defineProfileConfig } from 'profilekit/core';
import { CustomFieldsEditor, ProfileKitProvider } from 'profilekit';

// On the server: the config declares the fields (the components read it from the adapter).
const config = defineProfileConfig({
  custom: {
    height: { type: 'number', label: 'Height', min: 50, max: 250, unit: 'cm' },
    newsletter: { type: 'boolean', label: 'Monthly newsletter' },
  },
  attributes: { label: 'Other attributes' },
});

<ProfileKitProvider adapter={adapter}>
  <CustomFieldsEditor headingLevel={2} /* userId={id} */ />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs },
  argTypes: {
    ...backendArgTypes(),
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    userId: { control: false, description: 'Set from the *viewer* control: Ada (admin) edits Grace’s' },
    onSaved: { action: 'saved' },
  },
  render: (args) => <CustomFieldsEditor {...componentProps(args)} userId={args.viewer === 'admin' ? GRACE : args.userId} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => componentRoot('custom-fields-editor', canvasElement);
const form = (canvas: Canvas, name: string | RegExp = 'Additional information') => canvas.findByRole('form', { name }, { timeout: 5000 });
const height = (canvas: Canvas) => canvas.findByLabelText(/Height/, {}, { timeout: 5000 });

/** Changes the height and saves. */
async function editHeight(canvas: Canvas, user: User, value: string) {
  const input = await height(canvas);
  await user.clear(input);
  await user.type(input, value);
  await user.click(canvas.getByRole('button', { name: 'Save' }));
}

/** Grace's own fields: one of every type, memberTier read-only, her free attributes. */
export const Filled: Story = {
  play: async ({ canvas, canvasElement }) => {
    await form(canvas);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'idle'));
    await expect(canvas.getByRole('switch', { name: 'Monthly newsletter' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('Member tier')).toHaveAttribute('aria-readonly', 'true');
    await expect(canvas.getByRole('group', { name: 'Other attributes' })).toBeInTheDocument();
  },
};

/** Ada (admin) on Grace: internalNote appears, privateNote does not, memberTier is editable. */
export const AdminViewer: Story = {
  args: { viewer: 'admin' },
  play: async ({ canvas }) => {
    await form(canvas);
    await expect(canvas.getByLabelText('Internal note')).toBeInTheDocument();
    await expect(canvas.queryByLabelText('Private note')).not.toBeInTheDocument();
  },
};

/** Attributes the user may read but not change: no Add, no Remove, the reason shown. */
export const ReadOnlyAttributes: Story = {
  parameters: backend({ config: { ...exampleConfigInput, attributes: { label: 'Other attributes', edit: ['admin'] } } }),
  play: async ({ canvas }) => {
    await form(canvas);
    await expect(canvas.queryByRole('button', { name: 'Add attribute' })).not.toBeInTheDocument();
    await expect(within(canvas.getByRole('group', { name: 'Other attributes' })).getByText('You cannot change this.')).toBeInTheDocument();
  },
};

/** A field nobody may change (the *readOnlyFields* control): read-only with the reason. */
export const ReadOnlyField: Story = {
  args: { readOnlyFields: ['height'] },
  play: async ({ canvas }) => {
    await expect(await height(canvas)).toHaveAttribute('readonly');
  },
};

/** A field hidden from users (the *hiddenFields* control): absent. */
export const HiddenField: Story = {
  args: { hiddenFields: ['weight'], hiddenFrom: 'user' },
  play: async ({ canvas }) => {
    await height(canvas);
    await expect(canvas.queryByLabelText(/Weight/)).not.toBeInTheDocument();
  },
};

/** A custom field the app added (the *extraField* controls): a date. */
export const AddedCustomField: Story = {
  args: { extraFieldLabel: 'Membership renewal', extraFieldType: 'date' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText('Membership renewal', {}, { timeout: 5000 })).toHaveAttribute('type', 'date');
  },
};

/** A config with no custom fields and no attributes. */
export const Empty: Story = {
  parameters: backend({ config: {}, seed: [plain(exampleAccounts.user), plain(exampleAccounts.admin)] }),
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByText('There is nothing more to fill in here.', {}, { timeout: 5000 });
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'empty'));
  },
};

export const Loading: Story = loadingStory('custom-fields-editor');

/** The profile could not load: the error with a retry. */
export const LoadFailed: Story = loadFailedStory('custom-fields-editor');

/** A height out of range: the core's message on the field, focus on it. */
export const ValidationError: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await editHeight(canvas, userEvent, '300');
    await waitFor(() => expect(canvas.getByLabelText(/Height/)).toHaveFocus());
    await expect(canvas.getByLabelText('Height')).toHaveAccessibleDescription('At most 250 cm');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'invalid'));
  },
};

/** The save is on its way (the server does not answer): Save is aria-disabled (it keeps focus). */
export const Saving: Story = {
  parameters: backend({ handlers: [neverAnswers('PATCH /me')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await editHeight(canvas, userEvent, '171');
    await expect(await canvas.findByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'saving'));
  },
};

/** Saved, and the server has it (a re-fetch shows it). */
export const Saved: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await editHeight(canvas, userEvent, '171');
    await canvas.findByText('Saved', {}, { timeout: 5000 });
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'saved'));
    await expect(await fetchProfile()).toMatchObject({ custom: { height: 171 } });
  },
};

/** An admin changes Grace's height and team just before her save lands. */
const adminSavesFirst: StoryBackendParameters['meanwhile'] = {
  request: 'PATCH /me',
  run: async ({ asAdmin }) => {
    const { version } = await asAdmin.getUser(GRACE);
    await asAdmin.updateUser(GRACE, { custom: { height: 160 }, attributes: { team: 'Army' } }, version);
  },
};

/** Someone saved first: the conflict dialog, theirs beside mine. */
export const VersionConflict: Story = {
  parameters: backend({ meanwhile: adminSavesFirst }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await editHeight(canvas, userEvent, '180');
    await expect(await within(canvasElement.ownerDocument.body).findByRole('alertdialog', {}, { timeout: 5000 })).toHaveTextContent('160');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'conflict'));
  },
};

/** The conflict resolved with "Overwrite with mine": my height saved over theirs. */
export const ConflictOverwrite: Story = {
  parameters: backend({ meanwhile: adminSavesFirst }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await editHeight(canvas, userEvent, '180');
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog', {}, { timeout: 5000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'saved'));
    await expect(await fetchProfile()).toMatchObject({ custom: { height: 180 }, attributes: { team: 'Army' } });
  },
};

/** Remove asks first. */
export const ConfirmRemove: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await form(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove team' }));
    await within(canvasElement.ownerDocument.body).findByRole('alertdialog', { name: 'Remove team?' });
  },
};

/** The server's rate limit (429, Retry-After: 30). */
export const RateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('PATCH /me', 30)] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await editHeight(canvas, userEvent, '171');
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'failed'));
  },
};

export const NetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('PATCH /me')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await editHeight(canvas, userEvent, '171');
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Cannot reach the server.');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'failed'));
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await form(canvas);
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await form(canvas, 'Informations complémentaires');
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await form(canvas, 'Informations complémentaires');
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
