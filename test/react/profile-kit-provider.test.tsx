import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters';
import { useProfile, useProfileConfig } from '../../src/react';
import { exampleAccounts, exampleConfig, exampleViewers } from '../../src/testing';
import { renderWithProfileKit } from '../support/render';
import { testHasher } from '../support/memory-harness';

function Greeting() {
  const profile = useProfile();
  const config = useProfileConfig();
  if (profile.error) return <p role="alert">{profile.error.code}</p>;
  if (!profile.data || !config.data) return <p>Loading…</p>;
  return (
    <p>
      {profile.data.givenName} ({config.data.fields.name?.label}) v{profile.data.version}
    </p>
  );
}

const seed = [exampleAccounts.user];

describe('ProfileKitProvider', () => {
  it('gives hooks the adapter: useProfile and useProfileConfig load through it', async () => {
    const adapter = createMemoryAdapter({ config: exampleConfig, seed, viewer: exampleViewers.user, passwords: testHasher });
    renderWithProfileKit(<Greeting />, { adapter });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Grace (Name) v1')).toBeInTheDocument();
  });

  it('surfaces adapter errors as ProfileErrors', async () => {
    const adapter = createMemoryAdapter({ config: exampleConfig, seed, viewer: null, passwords: testHasher });
    renderWithProfileKit(<Greeting />, { adapter });
    expect(await screen.findByRole('alert')).toHaveTextContent('unauthenticated');
  });

  it('tells the developer when the provider is missing', () => {
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Greeting />)).toThrow('wrap this component in <ProfileKitProvider');
    } finally {
      console.error = spy;
    }
  });
});
