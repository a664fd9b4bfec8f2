import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect } from 'storybook/test';
import { ProfileKitProvider, useProfile, useProfileConfig } from '../src/react';
import { backendArgs, backendArgTypes, type BackendArgs } from './support/backend-controls';
import { networkError, neverAnswers } from './support/routes';
import { usage, type StoryBackendParameters } from './support/story-backend';

/** What an app builds with the hooks alone: the provider feeds them from any adapter. */
function ProfileSummary() {
  const profile = useProfile();
  const config = useProfileConfig();
  if (profile.error) return <p role="alert">Could not load the profile ({profile.error.code}).</p>;
  if (profile.isPending || config.isPending) return <p role="status">Loading profile…</p>;
  const p = profile.data;
  return (
    <dl>
      <dt>{config.data?.fields.name?.label}</dt>
      <dd>{p.name}</dd>
      <dt>{config.data?.fields.email?.label}</dt>
      <dd>
        {p.email} {p.emailVerified ? '(verified)' : '(not verified)'}
      </dd>
      <dt>Version</dt>
      <dd>{p.version}</dd>
    </dl>
  );
}

const backend = (parameters: StoryBackendParameters = {}) => ({ backend: parameters });

const meta = {
  title: 'Foundations/ProfileKitProvider',
  // For the docs page's props table; the stories' own args are the backend controls.
  component: ProfileKitProvider as unknown as ComponentType<BackendArgs>,
  parameters: {
    ...backend(),
    docs: {
      description: {
        component: usage(
          'Makes the adapter, a TanStack Query client and the messages available to every profilekit hook and component below it. These stories show a summary built from the hooks alone (`useProfile`, `useProfileConfig`).',
          `
import { ProfileKitProvider, fr, useProfile } from 'profilekit';
import { createHttpAdapter } from 'profilekit/adapters';

const adapter = createHttpAdapter({ baseUrl: '/api/profile' });

<ProfileKitProvider adapter={adapter} /* queryClient={yours} messages={fr} locale="fr-CA" */>
  <App />
</ProfileKitProvider>`,
        ),
      },
    },
  },
  args: { ...backendArgs },
  argTypes: { ...backendArgTypes() },
  // The decorator (withStoryBackend) puts the provider around the story.
  render: () => <ProfileSummary />,
} satisfies Meta<BackendArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loaded: Story = {
  play: async ({ canvas }) => {
    await canvas.findByText('Grace Hopper', {}, { timeout: 5000 });
    await expect(canvas.getByText(/grace@example\.com \(verified\)/)).toBeInTheDocument();
  },
};

export const Loading: Story = {
  parameters: backend({ handlers: [neverAnswers('GET *')] }),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading profile…');
  },
};

export const LoadFailed: Story = {
  parameters: backend({ handlers: [networkError('GET /me')] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('unavailable');
  },
};

/** Nobody is signed in (the *viewer* control): the server answers 401. */
export const SignedOut: Story = {
  args: { viewer: 'signedOut' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('unauthenticated');
  },
};
