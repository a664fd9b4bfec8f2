import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { AccountDataExport, type AccountDataExportProps } from '../src/react';
import { exampleAccounts } from '../src/testing/fixtures/example-accounts';
import { exampleConfigInput } from '../src/testing/fixtures/example-config';
import { componentRoot } from '../test/support/component-root';
import { captureDownloads } from '../test/support/downloads';
import { backendArgs, backendArgTypes, componentProps, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers, rateLimited } from './support/routes';
import { usage } from './support/story-backend';
import { backend, loadFailedStory, loadingStory } from './support/state-stories';

type Args = AccountDataExportProps & BackendArgs;

const meta = {
  title: 'Components/AccountDataExport',
  component: AccountDataExport,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          '"Download your data": the viewer\'s own account as one JSON file (the GDPR copy, `AccountExport`), named `profilekit-export-<id>-<date>.json`. Busy while the file is prepared, then says it downloaded; a rate limit says how long to wait. Shown only when the config\'s `lifecycle.self.export` allows it.',
          `
import { AccountDataExport, ProfileKitProvider } from 'profilekit';

<ProfileKitProvider adapter={adapter}>
  <AccountDataExport onExported={(document) => console.info(document.exportedAt)} />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs },
  argTypes: { ...backendArgTypes() },
  render: (args) => <AccountDataExport {...componentProps(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => componentRoot('account-data-export', canvasElement);
const button = (canvas: ReturnType<typeof within>) => canvas.findByRole('button', { name: 'Download my data' }, { timeout: 5000 });

/** Ready: what the file holds, and the button. */
export const Ready: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await button(canvas)).toHaveAccessibleDescription(/A copy of everything stored about your account/);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');
  },
};

export const Loading: Story = loadingStory('account-data-export');

export const LoadFailed: Story = loadFailedStory('account-data-export');

/** The file is being prepared (the server does not answer): the button is busy and keeps focus, a status says so. */
export const Preparing: Story = {
  parameters: backend({ handlers: [neverAnswers('GET /me/export')] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const download = await button(canvas);
    await userEvent.click(download);
    await expect(await canvas.findByText('Preparing your file…')).toBeInTheDocument();
    await expect(download).toHaveAttribute('aria-disabled', 'true');
    await expect(root(canvasElement)).toHaveAttribute('aria-busy', 'true');
  },
};

/** Downloaded: the file arrives (caught here instead of saved) and holds the account, never a secret. */
export const Downloaded: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const downloads = captureDownloads();
    try {
      await userEvent.click(await button(canvas));
      await expect(await canvas.findByText(/^Downloaded profilekit-export-user-grace-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeInTheDocument();
      await expect(root(canvasElement)).toHaveAttribute('data-state', 'done');
      await expect(downloads.files).toHaveLength(1);
      const document = (await downloads.json()) as { format: string; main: { email: string } };
      await expect(document).toMatchObject({ format: 'profilekit.account-export', main: { email: exampleAccounts.user.email } });
      await expect(await downloads.files[0]!.blob.text()).not.toContain(exampleAccounts.user.password);
    } finally {
      downloads.restore();
    }
  },
};

/** Ten exports this hour already (429, Retry-After 3000 s): the wait in words. */
export const RateLimited: Story = {
  parameters: backend({ handlers: [rateLimited('GET /me/export', 3000)] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await button(canvas));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 50 minutes.');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'failed'));
  },
};

/** The request never reached the server. */
export const NetworkFailure: Story = {
  parameters: backend({ handlers: [networkError('GET /me/export')] }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await button(canvas));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Cannot reach the server');
  },
};

/** The config keeps exports to admins: nothing is shown. */
export const NotAllowed: Story = {
  parameters: backend({ config: { ...exampleConfigInput, lifecycle: { export: ['admin'] } } }),
  play: async ({ canvasElement }) => {
    // The loading root gives way to nothing once the config says no.
    await waitFor(() => expect(canvasElement.querySelector('[data-pk-component="account-data-export"]')).toBeNull(), { timeout: 5000 });
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await button(canvas);
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await canvas.findByRole('button', { name: 'Télécharger mes données' }, { timeout: 5000 });
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'fr', dir: 'rtl' },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('button', { name: 'Télécharger mes données' }, { timeout: 5000 });
    await expect(root(canvasElement).closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
