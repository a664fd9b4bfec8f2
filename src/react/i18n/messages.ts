import { fillTemplate } from '../../core/browser';
import type { en } from './locales/en';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/**
 * Every string the components show, by namespace. Values are plain strings (JSON-loadable),
 * with `{name}` placeholders filled by `formatMessage`. `en` and `fr` ship; pass your own.
 */
export type ProfileKitMessages = Widen<typeof en>;

/**
 * The namespaces that travel with their components (the account lifecycle's): their English is
 * imported by the components that show it, so it is not in every component's first load.
 */
export type ComponentNamespace = 'accountStatus' | 'account' | 'users';

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/**
 * What `<ProfileKitProvider messages>` takes: any subset; missing strings fall back to `base`
 * (an optional one, a server-only issue id, to the server's English).
 */
export type ProfileKitMessagesInput = DeepPartial<ProfileKitMessages>;

/**
 * The messages `useMessages` gives: the shared namespaces whole (English where the app gave
 * none), and of the component namespaces only what the app gave (`useComponentMessages` fills in
 * their English).
 */
export type SharedMessages = Omit<ProfileKitMessages, ComponentNamespace> & Pick<ProfileKitMessagesInput, ComponentNamespace>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * `base` with every string `overrides` sets replaced (deep). What `base` lacks is kept: a string
 * is an optional one (a server-only issue id), an object a namespace whose English comes with
 * its component.
 */
export function mergeMessages<T extends object>(base: T, overrides: DeepPartial<T> | undefined): T {
  if (!overrides) return base;
  const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...a };
    for (const [key, value] of Object.entries(b)) {
      if (value !== undefined) out[key] = isObject(value) && isObject(a[key]) ? merge(a[key] as Record<string, unknown>, value) : value;
    }
    return out;
  };
  return merge(base as Record<string, unknown>, overrides as Record<string, unknown>) as T;
}

/** Fills `{name}` placeholders: `formatMessage('Hi {name}', { name: 'Ada' })`. Unknown ones stay. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return fillTemplate(template, values);
}
