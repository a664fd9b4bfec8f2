import { composeStories } from '@storybook/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as providerStories from '../../stories/profile-kit-provider.stories';
import * as themeStories from '../../stories/theme.stories';

// The stories themselves, rendered as designers see them: each must render, and show its state.
const provider = composeStories(providerStories);
const theme = composeStories(themeStories);

describe('stories', () => {
  it('ProfileKitProvider / Loaded shows the seeded profile', async () => {
    render(<provider.Loaded />);
    expect(await screen.findByText('Grace Hopper', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/grace@example\.com \(verified\)/)).toBeInTheDocument();
  });

  it('ProfileKitProvider / Loading stays in its loading state', async () => {
    render(<provider.Loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading profile…');
  });

  it('ProfileKitProvider / SignedOut shows the unauthenticated error', async () => {
    render(<provider.SignedOut />);
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('unauthenticated');
  });

  it('Theme / Colours lists every token', () => {
    render(<theme.Colours />);
    expect(screen.getAllByRole('row')).toHaveLength(10);
  });
});
