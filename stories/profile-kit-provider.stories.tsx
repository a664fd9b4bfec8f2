import type { Meta, StoryObj } from '@storybook/react-vite';
import { createMemoryAdapter } from '../src/adapters';
import type { ProfileAdapter } from '../src/core';
import { ProfileKitProvider, useProfile, useProfileConfig } from '../src/react';
import { exampleAccounts, exampleViewers } from '../src/testing/fixtures/example-accounts';
import { exampleConfig } from '../src/testing/fixtures/example-config';

/** What an app builds with the hooks alone: the provider feeds them from any adapter. */
function ProfileSummary() {
  const profile = useProfile();
  const config = useProfileConfig();
  if (profile.isPending || config.isPending) return <p role="status">Loading profile…</p>;
  if (profile.error) return <p role="alert">Could not load the profile ({profile.error.code}).</p>;
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

const seed = [exampleAccounts.user, exampleAccounts.admin];
const never = new Promise<never>(() => {});
const loadingAdapter = new Proxy({} as ProfileAdapter, { get: () => () => never });

const meta = {
  title: 'Foundations/ProfileKitProvider',
  component: ProfileKitProvider,
  render: (args) => (
    <ProfileKitProvider {...args}>
      <ProfileSummary />
    </ProfileKitProvider>
  ),
} satisfies Meta<typeof ProfileKitProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loaded: Story = {
  args: { adapter: createMemoryAdapter({ config: exampleConfig, seed, viewer: exampleViewers.user }) },
};

export const Loading: Story = { args: { adapter: loadingAdapter } };

export const SignedOut: Story = {
  args: { adapter: createMemoryAdapter({ config: exampleConfig, seed, viewer: null }) },
};
