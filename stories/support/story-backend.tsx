import type { Decorator } from '@storybook/react-vite';
import { getResponse, http, type HttpHandler, type RequestHandler } from 'msw';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { createHttpAdapter, createMemoryBackend, type MemoryBackend, type SeedAccount } from '../../src/adapters';
import { defineProfileConfig, type ProfileAdapter, type ProfileConfigInput } from '../../src/core';
import { fr, ProfileKitProvider } from '../../src/react';
import { createPbkdf2Hasher } from '../../src/service';
import { exampleAccounts, exampleViewers } from '../../src/testing/fixtures/example-accounts';
import { exampleConfigInput } from '../../src/testing/fixtures/example-config';
import { createProfileMswHandlers } from '../../src/testing/msw';
import { applyConfigControls, VIEWERS, type BackendArgs } from './backend-controls';
import { API, on, type RouteSpec } from './routes';

/**
 * Every story's backend: the real service on a fresh memory store per story, reached through
 * `createHttpAdapter({ baseUrl: '/api/profile' })` -> msw (msw-storybook-addon's worker in a
 * browser, in Storybook and in the story tests alike) -> the handlers that `profilekit/testing/msw`
 * exports. Saves persist for the life of the story. A story opts in with `parameters.backend`
 * (seed, config, setup, a concurrent save, route overrides: failures, rate limits, hangs); the
 * *Backend* controls (field config, viewer) give it a fresh backend when they change.
 */

/** What the story's code may do to its backend directly (as another user, another tab, the host app). */
export interface StoryBackendContext {
  backend: MemoryBackend;
  /** Grace's and Ada's adapters straight on the service (no HTTP): "someone else". */
  asUser: ProfileAdapter;
  asAdmin: ProfileAdapter;
}

export interface StoryBackendParameters {
  /** The field config before the controls change it. Default: the example config. */
  config?: ProfileConfigInput;
  /** Default: the example user (Grace) and admin (Ada). */
  seed?: SeedAccount[];
  /** Runs once the seed exists and before any request is answered: a pending email, a long history… */
  setup?: (ctx: StoryBackendContext) => Promise<void>;
  /**
   * Runs once, when the first request matching `request` arrives and before the backend answers it:
   * someone else saves first, so the story's save meets a newer version (a conflict).
   */
  meanwhile?: { request: RouteSpec; run: (ctx: StoryBackendContext) => Promise<void> };
  /** The service's grace period before a scheduled erasure (default 14 days; 0 erases at once). */
  deletionGracePeriodMs?: number;
  /** Delay before every answer, in ms, or msw's `'real'`. Default 0. */
  latency?: number | 'real';
  /**
   * Route overrides for this story only, in front of the backend: `networkError('PATCH /me')`,
   * `rateLimited(...)`, `neverAnswers('GET *')`. (Not `parameters.msw`: that one is global to
   * the page, and a docs page shows several stories at once.)
   */
  handlers?: RequestHandler[];
}

/** Drops the custom values a config does not declare from the seed accounts (a config with fewer custom fields). */
function seedFor(config: ProfileConfigInput, seed: SeedAccount[]): SeedAccount[] {
  const declared = new Set(Object.keys(config.custom ?? {}));
  return seed.map((account) => {
    const custom = account.custom as Record<string, unknown> | undefined;
    if (!custom) return account;
    return { ...account, custom: Object.fromEntries(Object.entries(custom).filter(([key]) => declared.has(key))) };
  });
}

export interface StoryBackend extends StoryBackendContext {
  /** The handlers that answer from this backend (the `meanwhile` hook first). */
  handlers: RequestHandler[];
  /** What the components get: the real HTTP adapter. */
  adapter: ProfileAdapter;
}

const cheapHasher = createPbkdf2Hasher({ iterations: 1000 });

/** A fresh backend for one story (and one set of control values). */
export function createStoryBackend(parameters: StoryBackendParameters, args: BackendArgs): StoryBackend {
  const base = parameters.config ?? exampleConfigInput;
  // The seed is written under the story's base config and the service then runs under the
  // controlled one: data written before the config got stricter (a field nobody may edit still has its value).
  const backend = createMemoryBackend({
    config: defineProfileConfig(applyConfigControls(base, args)),
    seedConfig: defineProfileConfig(base),
    seed: seedFor(base, parameters.seed ?? [exampleAccounts.user, exampleAccounts.admin]),
    passwords: cheapHasher,
    deletionGracePeriodMs: parameters.deletionGracePeriodMs,
  });
  const ctx: StoryBackendContext = { backend, asUser: backend.adapterFor(exampleViewers.user), asAdmin: backend.adapterFor(exampleViewers.admin) };
  const ready = backend.ready.then(() => parameters.setup?.(ctx));
  const handlers: RequestHandler[] = [];
  if (parameters.meanwhile) {
    const { request, run } = parameters.meanwhile;
    let done: Promise<void> | undefined;
    // Answers nothing: msw goes on to the backend's handler once `run` is done.
    handlers.push(
      on(request, async () => {
        await ready;
        await (done ??= run(ctx));
      }),
    );
  }
  handlers.push(
    ...createProfileMswHandlers({
      baseUrl: API,
      backend: { service: backend.service, ready },
      viewer: VIEWERS[args.viewer ?? 'user'],
      latency: parameters.latency,
    }),
  );
  return { ...ctx, handlers, adapter: createHttpAdapter({ baseUrl: API }) };
}

const StoryBackendContextValue = createContext<StoryBackend | null>(null);

/** The story's backend, for a story that needs to act on it directly. */
export function useStoryBackend(): StoryBackend {
  const value = useContext(StoryBackendContextValue);
  if (!value) throw new Error('useStoryBackend: the story has no `parameters.backend`');
  return value;
}

/** Which story's backend a request is for: a docs page renders several stories at once on one worker. */
const STORY_HEADER = 'x-profilekit-story';
const backends = new Map<string, RequestHandler[]>();
let latest: string | undefined;
let counter = 0;

/**
 * The one msw handler the stories need: it hands each request to the handlers of the story that
 * sent it (the `x-profilekit-story` header its adapter adds; the newest story's for requests
 * without one, like a play function's own fetch). Give it to `setupWorker` / `setupServer` as an
 * initial handler, so that msw-storybook-addon's reset between stories keeps it.
 */
export const storyBackendHandler: HttpHandler = http.all(`${API}/*`, async ({ request }) => {
  const id = request.headers.get(STORY_HEADER) ?? latest;
  const handlers = id === undefined ? undefined : backends.get(id);
  if (!handlers) return undefined;
  return getResponse(handlers, request);
});

function StoryBackendProvider(props: { parameters: StoryBackendParameters; args: BackendArgs; locale: string; children: ReactNode }) {
  const { parameters, args, locale, children } = props;
  const key = JSON.stringify([args.viewer, args.readOnlyFields, args.hiddenFields, args.hiddenFrom, args.extraFieldLabel, args.extraFieldType]);
  const story = useMemo(() => {
    const id = `story-${++counter}`;
    const created = createStoryBackend(parameters, args);
    // The story's overrides first: msw takes the first handler that answers.
    backends.set(id, [...(parameters.handlers ?? []), ...created.handlers]);
    latest = id;
    return { ...created, id, adapter: createHttpAdapter({ baseUrl: API, headers: { [STORY_HEADER]: id } }) };
    // A new backend when the controls that shape it change (`key`), not for other args.
  }, [key, parameters]);
  useEffect(() => {
    backends.set(story.id, backends.get(story.id) ?? [...(parameters.handlers ?? []), ...story.handlers]);
    return () => {
      backends.delete(story.id);
    };
  }, [story, parameters]);
  return (
    <StoryBackendContextValue.Provider value={story}>
      <ProfileKitProvider key={key} adapter={story.adapter} messages={locale === 'fr' ? fr : undefined} locale={locale}>
        {children}
      </ProfileKitProvider>
    </StoryBackendContextValue.Provider>
  );
}

/**
 * Wraps every story that has `parameters.backend` in a `ProfileKitProvider` over its own
 * backend (see `createStoryBackend`), in the toolbar's language. The msw worker (or server) must
 * have `storyBackendHandler`: .storybook/preview's loader starts it.
 */
export const withStoryBackend: Decorator = (Story, context) => {
  const parameters = context.parameters.backend as StoryBackendParameters | undefined;
  if (!parameters) return <Story />;
  return (
    <StoryBackendProvider parameters={parameters} args={context.args as BackendArgs} locale={context.globals.locale === 'fr' ? 'fr' : 'en'}>
      <Story />
    </StoryBackendProvider>
  );
};

/** The profile as the server now has it, over HTTP (a re-fetch: did the save persist?). */
export async function fetchProfile(path = '/me'): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(`${API}${path}`, globalThis.location?.href ?? 'http://localhost/'));
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** A usage snippet for a docs page: markdown around a tsx block. */
export function usage(intro: string, code: string): string {
  return `${intro}\n\n\`\`\`tsx\n${code.trim()}\n\`\`\`\n\nThe stories run on \`createHttpAdapter({ baseUrl: '/api/profile' })\` against msw handlers from \`profilekit/testing/msw\` over an in-memory backend: saves persist while the story is open. The *Backend* controls change the field config and who is signed in.`;
}
