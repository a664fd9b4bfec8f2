import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryAdapter } from '../src/adapters';
import { ProfileError, type ProfileAdapter } from '../src/core';
import { fr, PasswordChange, ProfileKitProvider, type PasswordChangeProps } from '../src/react';
import { createPbkdf2Hasher } from '../src/service';
import { exampleAccounts, exampleViewers } from '../src/testing/fixtures/example-accounts';
import { exampleConfig } from '../src/testing/fixtures/example-config';

/** What the backend does in a story: answer normally, never answer, or fail one way. */
type Scenario = 'ready' | 'loading' | 'loadFailed' | 'changeHangs' | 'rateLimited' | 'offline';

const never = () => new Promise<never>(() => {});

function makeAdapter(scenario: Scenario): ProfileAdapter {
  const adapter = createMemoryAdapter({
    config: exampleConfig,
    seed: [exampleAccounts.user, exampleAccounts.admin],
    viewer: exampleViewers.user,
    // Cheap hashing so the story answers at once; production defaults are far slower.
    passwords: createPbkdf2Hasher({ iterations: 1000 }),
  });
  switch (scenario) {
    case 'loading':
      return { ...adapter, getProfile: never, getConfig: never };
    case 'loadFailed':
      return { ...adapter, getProfile: () => Promise.reject(new ProfileError('unavailable', 'offline')) };
    case 'changeHangs':
      return { ...adapter, changePassword: never };
    case 'rateLimited':
      return { ...adapter, changePassword: () => Promise.reject(new ProfileError('rate_limited', 'Too many', { retryAfter: 840 })) };
    case 'offline':
      return { ...adapter, changePassword: () => Promise.reject(new ProfileError('unavailable', 'offline')) };
    default:
      return adapter;
  }
}

interface StoryProps extends PasswordChangeProps {
  scenario?: Scenario;
  language?: 'en' | 'fr';
  dir?: 'ltr' | 'rtl';
}

/** PasswordChange signed in as Grace (example account) over an in-browser backend. */
function PasswordChangeStory({ scenario = 'ready', language = 'en', dir = 'ltr', ...props }: StoryProps) {
  const adapter = useMemo(() => makeAdapter(scenario), [scenario]);
  return (
    <ProfileKitProvider key={scenario} adapter={adapter} messages={language === 'fr' ? fr : undefined} locale={language}>
      <div dir={dir} style={{ maxInlineSize: '32rem' }}>
        <PasswordChange {...props} />
      </div>
    </ProfileKitProvider>
  );
}

const meta = {
  title: 'Components/PasswordChange',
  component: PasswordChangeStory,
  args: { scenario: 'ready', language: 'en', dir: 'ltr' },
  argTypes: {
    scenario: { control: 'select', options: ['ready', 'loading', 'loadFailed', 'changeHangs', 'rateLimited', 'offline'] },
    language: { control: 'inline-radio', options: ['en', 'fr'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
} satisfies Meta<typeof PasswordChangeStory>;

export default meta;
type Story = StoryObj<typeof meta>;

const GRACE = exampleAccounts.user.password;
const NEW = 'Velvet-Orbit-Canyon-92';

async function fill(canvasElement: HTMLElement, { current, next, confirm = next }: { current: string; next: string; confirm?: string }) {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByLabelText('Current password', {}, { timeout: 5000 }), current);
  await userEvent.type(canvas.getByLabelText('New password'), next);
  await userEvent.type(canvas.getByLabelText('Confirm new password'), confirm);
  await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
}

/** Ready to type: the hint shows the policy's lengths. */
export const Ready: Story = {};

export const Loading: Story = { args: { scenario: 'loading' } };

/** The profile could not load: the error with a retry. */
export const LoadFailed: Story = { args: { scenario: 'loadFailed' } };

/** Submitted empty: every field marked, focus on the first. */
export const EmptySubmit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Change password' }, { timeout: 5000 }));
    await waitFor(() => expect(canvas.getByLabelText('Current password')).toHaveFocus());
  },
};

/** A new password on the common-password list, refused on the field. */
export const PolicyReason: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, { current: GRACE, next: 'qwertyuiop123' });
    await waitFor(() => expect(within(canvasElement).getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true'));
  },
};

export const ConfirmationMismatch: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, { current: GRACE, next: NEW, confirm: 'Velvet-Orbit-Canyon-29' });
    await waitFor(() => expect(within(canvasElement).getByLabelText('Confirm new password')).toHaveAttribute('aria-invalid', 'true'));
  },
};

export const WrongCurrentPassword: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, { current: 'Not-My-Password-1', next: NEW });
    await within(canvasElement).findByText('The current password is not correct');
  },
};

/** The change is on its way: the button is disabled. */
export const Submitting: Story = {
  args: { scenario: 'changeHangs' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, { current: GRACE, next: NEW });
    await within(canvasElement).findByText('Changing your password…');
  },
};

/** Changed: fields cleared, success announced. */
export const Changed: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, { current: GRACE, next: NEW });
    await within(canvasElement).findByText('Your password has been changed.');
  },
};

export const RateLimited: Story = {
  args: { scenario: 'rateLimited' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, { current: GRACE, next: NEW });
    await within(canvasElement).findByRole('alert');
  },
};

export const NetworkFailure: Story = {
  args: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, { current: GRACE, next: NEW });
    await within(canvasElement).findByRole('alert');
  },
};

export const French: Story = { args: { language: 'fr' } };

export const RightToLeft: Story = { args: { dir: 'rtl', language: 'fr' } };
