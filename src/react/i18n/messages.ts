import { fillTemplate } from '../../core/browser';
import type { en } from './locales/en';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/**
 * Every string the components show, by namespace. Values are plain strings (JSON-loadable),
 * with `{name}` placeholders filled by `formatMessage`. `en` and `fr` ship; pass your own.
 */
export type ProfileKitMessages = Widen<typeof en>;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/**
 * What `<ProfileKitProvider messages>` takes: any subset; missing strings fall back to `base`
 * (an optional one, a server-only issue id, to the server's English).
 */
export type ProfileKitMessagesInput = DeepPartial<ProfileKitMessages>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `base` with every string `overrides` sets replaced (deep). */
export function mergeMessages(base: ProfileKitMessages, overrides: ProfileKitMessagesInput | undefined): ProfileKitMessages {
  if (!overrides) return base;
  const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...a };
    for (const [key, value] of Object.entries(b)) {
      // A string `base` lacks is an optional one (a server-only issue id): kept.
      if (value === undefined || (!Object.hasOwn(a, key) && typeof value !== 'string')) continue;
      out[key] = isObject(value) && isObject(a[key]) ? merge(a[key] as Record<string, unknown>, value) : value;
    }
    return out;
  };
  return merge(base, overrides) as ProfileKitMessages;
}

/** Fills `{name}` placeholders: `formatMessage('Hi {name}', { name: 'Ada' })`. Unknown ones stay. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return fillTemplate(template, values);
}
