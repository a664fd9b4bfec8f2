import type { Decorator } from '@storybook/react-vite';
import { delay, getResponse, http, HttpResponse, type HttpHandler, type RequestHandler } from 'msw';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { createHttpAdapter, createServiceAdapter, type MemoryBackend, type SeedAccount } from '../../src/adapters';
import {
  BUILTIN_FIELDS,
  defineProfileConfig,
  ERROR_STATUS,
  isBuiltinFieldName,
  ProfileError,
  type CustomFieldConfig,
  type ProfileAdapter,
  type ProfileConfigInput,
  type Viewer,
} from '../../src/core';
import { fr, ProfileKitProvider } from '../../src/react';
import { createOutboxMailer, createPbkdf2Hasher, createProfileService } from '../../src/service';
import { createMemoryStore } from '../../src/stores/memory/create-memory-store';
import { exampleAccounts, exampleViewers } from '../../src/testing/fixtures/example-accounts';
import { exampleConfigInput } from '../../src/testing/fixtures/example-config';
import { createProfileMswHandlers } from '../../src/testing/msw';
import { issueApiKeys as issueKeysInStore, type IssuedApiKey } from '../../src/testing/fixtures/issue-api-keys';

/**
 * Every story's backend: the real service on a fresh memory store per story, reached through
 * `createHttpAdapter({ baseUrl: '/api/profile' })` -> msw (msw-storybook-addon's worker in a
 * browser, in Storybook and in the story tests alike) -> the handlers that `profilekit/testing/msw`
 * exports. Saves persist for the life of the story. A story opts in with `parameters.backend`
 * (seed, config, setup, a concurrent save, route overrides: failures, rate limits, hangs); the
 * *Backend* controls (field config, viewer) give it a fresh backend when they change.
 */

/** Where the stories' HTTP adapter points, as an app's would. */
export const API = '/api/profile';

/** The example user Grace, whom admins look at in the stories. */
export const GRACE = exampleAccounts.user.id;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | '*';
/** `"PATCH /me"`, `"GET /users/:id"`, `"GET *"`: a method and a route of the profile API. */
export type RouteSpec = `${Method} ${string}`;

function route(spec: RouteSpec): { method: Method; url: string } {
  const [method, path = '*'] = spec.split(' ') as [Method, string];
  return { method, url: path === '*' ? `${API}/*` : `${API}${path}` };
}

function on(spec: RouteSpec, resolver: Parameters<typeof http.all>[1]): HttpHandler {
  const { method, url } = route(spec);
  const methods = { GET: http.get, POST: http.post, PATCH: http.patch, DELETE: http.delete, '*': http.all };
  return methods[method](url, resolver);
}

/** The request fails at the network level (offline, DNS, CORS): the adapter reports `unavailable`. */
export function networkError(spec: RouteSpec): HttpHandler {
  return on(spec, () => HttpResponse.error());
}

/** The server refuses with 429 and Retry-After, exactly as the reference server's rate limit does. */
export function rateLimited(spec: RouteSpec, retryAfter = 30): HttpHandler {
  const error = new ProfileError('rate_limited', 'Too many requests; try again later', { retryAfter });
  return on(spec, () => HttpResponse.json({ error: error.toJSON() }, { status: ERROR_STATUS.rate_limited, headers: { 'retry-after': String(retryAfter) } }));
}

/** The request never gets an answer: loading and saving states stay put. */
export function neverAnswers(spec: RouteSpec): HttpHandler {
  return on(spec, () => delay('infinite'));
}

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
  /** Delay before every answer, in ms, or msw's `'real'`. Default 0. */
  latency?: number | 'real';
  /**
   * Route overrides for this story only, in front of the backend: `networkError('PATCH /me')`,
   * `rateLimited(...)`, `neverAnswers('GET *')`. (Not `parameters.msw`: that one is global to
   * the page, and a docs page shows several stories at once.)
   */
  handlers?: RequestHandler[];
}

/** The controls every component story has: the field config and who is signed in. */
export interface BackendArgs {
  /** Who is signed in: Grace (a user, on her own profile), Ada (an admin, on Grace's), or nobody. */
  viewer?: 'user' | 'admin' | 'signedOut';
  /** Fields nobody may change (`edit: []`): shown read-only with the reason. */
  readOnlyFields?: string[];
  /** Fields hidden from `hiddenFrom` (removed from their `view` and `edit`). */
  hiddenFields?: string[];
  hiddenFrom?: 'user' | 'admin';
  /** Adds a custom field with this label (empty: none) of `extraFieldType`. */
  extraFieldLabel?: string;
  extraFieldType?: ExtraFieldType;
}

export const EXTRA_FIELD_TYPES = ['text', 'longText', 'number', 'boolean', 'select', 'date', 'url', 'email', 'phone'] as const;
export type ExtraFieldType = (typeof EXTRA_FIELD_TYPES)[number];
export const EXTRA_FIELD_KEY = 'storyField';

const CONFIGURABLE_BUILTINS = ['email', 'name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale', 'notifications', 'roles', 'activeApps', 'billing'];

/** Default values of the backend controls. */
export const backendArgs: Required<BackendArgs> = {
  viewer: 'user',
  readOnlyFields: [],
  hiddenFields: [],
  hiddenFrom: 'user',
  extraFieldLabel: '',
  extraFieldType: 'text',
};

/** The controls of `BackendArgs`, grouped under "Backend" in the controls panel. */
export function backendArgTypes(config: ProfileConfigInput = exampleConfigInput) {
  const fields = [...CONFIGURABLE_BUILTINS, ...Object.keys(config.custom ?? {})];
  const table = { category: 'Backend (msw + memory service)' };
  return {
    viewer: { control: 'inline-radio', options: ['user', 'admin', 'signedOut'], table, description: 'Who is signed in: Grace (user), Ada (admin, looking at Grace), nobody' },
    readOnlyFields: { control: 'check', options: fields, table, description: 'Fields nobody may change (`edit: []`)' },
    hiddenFields: { control: 'check', options: fields, table, description: 'Fields hidden from the role below' },
    hiddenFrom: { control: 'inline-radio', options: ['user', 'admin'], table, description: 'Who does not see the hidden fields (user: `self`)' },
    extraFieldLabel: { control: 'text', table, description: 'Adds a custom field `storyField` with this label' },
    extraFieldType: { control: 'select', options: EXTRA_FIELD_TYPES, table, description: 'The added custom field’s type' },
  } as const;
}

function extraField(type: ExtraFieldType, label: string): CustomFieldConfig | Record<string, unknown> {
  if (type === 'select') return { type, label, options: ['One', 'Two', 'Three'].map((o) => ({ value: o.toLowerCase(), label: o })) };
  return { type, label };
}

/** The base config with the controls applied: read-only fields, hidden fields, an added custom field. */
export function applyConfigControls(base: ProfileConfigInput, args: BackendArgs): ProfileConfigInput {
  const fields: Record<string, Record<string, unknown>> = { ...(base.fields as Record<string, Record<string, unknown>> | undefined) };
  const custom: Record<string, Record<string, unknown>> = { ...(base.custom as Record<string, Record<string, unknown>> | undefined) };
  if (args.extraFieldLabel?.trim()) custom[EXTRA_FIELD_KEY] = extraField(args.extraFieldType ?? 'text', args.extraFieldLabel.trim());
  const update = (name: string, change: (field: { view: string[]; edit: string[] }) => Partial<{ view: string[]; edit: string[] }>) => {
    if (isBuiltinFieldName(name)) {
      const spec = BUILTIN_FIELDS[name];
      const given = fields[name] ?? {};
      const current = { view: (given.view as string[]) ?? [...spec.view], edit: (given.edit as string[]) ?? [...spec.edit] };
      fields[name] = { ...given, ...change(current) };
    } else if (custom[name]) {
      const given = custom[name];
      const current = { view: (given.view as string[]) ?? ['self', 'admin'], edit: (given.edit as string[]) ?? ['self', 'admin'] };
      custom[name] = { ...given, ...change(current) };
    }
  };
  for (const name of args.readOnlyFields ?? []) update(name, () => ({ edit: [] }));
  const role = args.hiddenFrom === 'admin' ? 'admin' : 'self';
  for (const name of args.hiddenFields ?? []) update(name, ({ view, edit }) => ({ view: view.filter((r) => r !== role), edit: edit.filter((r) => r !== role) }));
  return { ...base, fields, custom } as ProfileConfigInput;
}

const VIEWERS: Record<NonNullable<BackendArgs['viewer']>, Viewer | null> = {
  user: exampleViewers.user,
  admin: exampleViewers.admin,
  signedOut: null,
};

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
const SEEDER: Viewer = { userId: 'seed', roles: ['admin'] };

/**
 * Like `createMemoryBackend`, but the seed is written under the story's base config and the
 * service then runs under the controlled one: data written before the config got stricter, as
 * in a real deployment (a field nobody may edit still has its value).
 */
function createControlledBackend(base: ProfileConfigInput, controlled: ProfileConfigInput, seed: SeedAccount[]): MemoryBackend {
  const store = createMemoryStore();
  const mailer = createOutboxMailer();
  const common = { store, mailer, passwords: cheapHasher, verificationUrl: (token: string) => `/verify-email?token=${encodeURIComponent(token)}` };
  const seeder = createProfileService({ ...common, config: defineProfileConfig(base) });
  const service = createProfileService({ ...common, config: defineProfileConfig(controlled) });
  const ready = (async () => {
    for (const account of seedFor(base, seed)) await seeder.createAccount(SEEDER, account);
  })();
  return {
    service,
    store,
    mailer,
    ready,
    adapterFor(viewer) {
      const adapter = createServiceAdapter(service, viewer);
      return Object.fromEntries(
        Object.entries(adapter).map(([name, method]) => [
          name,
          async (...args: unknown[]) => {
            await ready;
            return (method as (...a: unknown[]) => unknown)(...args);
          },
        ]),
      ) as unknown as ProfileAdapter;
    },
  };
}

/** A fresh backend for one story (and one set of control values). */
export function createStoryBackend(parameters: StoryBackendParameters, args: BackendArgs): StoryBackend {
  const base = parameters.config ?? exampleConfigInput;
  const backend = createControlledBackend(base, applyConfigControls(base, args), parameters.seed ?? [exampleAccounts.user, exampleAccounts.admin]);
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
    // A new backend when the controls that shape it change, not for other args.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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

/** The component's own props: `args` without the backend controls. */
export function componentProps<T extends BackendArgs>(args: T): Omit<T, keyof BackendArgs> {
  const { viewer: _v, readOnlyFields: _r, hiddenFields: _h, hiddenFrom: _f, extraFieldLabel: _l, extraFieldType: _t, ...props } = args;
  return props;
}

/** Gives an account API keys straight in its store (keys are issued outside profilekit). */
export async function issueApiKeys(backend: MemoryBackend, userId: string, keys: IssuedApiKey[]) {
  await issueKeysInStore(backend.store, userId, keys);
}

/** A usage snippet for a docs page: markdown around a tsx block. */
export function usage(intro: string, code: string): string {
  return `${intro}\n\n\`\`\`tsx\n${code.trim()}\n\`\`\`\n\nThe stories run on \`createHttpAdapter({ baseUrl: '/api/profile' })\` against msw handlers from \`profilekit/testing/msw\` over an in-memory backend: saves persist while the story is open. The *Backend* controls change the field config and who is signed in.`;
}
