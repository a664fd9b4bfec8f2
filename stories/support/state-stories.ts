import { expect, waitFor, within } from 'storybook/test';
import { componentRoot } from '../../test/support/component-root';
import { networkError, neverAnswers, type RouteSpec } from './routes';
import type { StoryBackendParameters } from './story-backend';

/** A story's backend parameters (see `StoryBackendParameters`). */
export const backend = (parameters: StoryBackendParameters = {}) => ({ backend: parameters });

type PlayContext = { canvasElement: HTMLElement };

/** The loading state every component has: the server never answers; a skeleton that says so. */
export function loadingStory(component: string) {
  return {
    parameters: backend({ handlers: [neverAnswers('GET *')] }),
    play: async ({ canvasElement }: PlayContext) => {
      const root = componentRoot(component, canvasElement);
      await waitFor(() => expect(root).toHaveAttribute('data-state', 'loading'));
      await expect(within(root).getByRole('status')).toHaveTextContent('Loading…');
    },
  };
}

/** The profile could not load (`route` fails at the network): the error, and a retry. */
export function loadFailedStory(component: string, route: RouteSpec = 'GET /me') {
  return {
    parameters: backend({ handlers: [networkError(route)] }),
    play: async ({ canvasElement }: PlayContext) => {
      const root = componentRoot(component, canvasElement);
      await expect(await within(root).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Cannot reach the server');
      await waitFor(() => expect(root).toHaveAttribute('data-state', 'error'));
      await expect(within(root).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    },
  };
}
