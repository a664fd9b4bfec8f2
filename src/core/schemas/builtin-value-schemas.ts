import * as z from 'zod';
import { KEY_PATTERN, LIMITS, ROLE_PATTERN } from '../config/limits';
import { foldWhitespace } from '../text/split-name';
import { httpsUrlSchema, localeSchema, phoneSchema, stringSchema, textSchema } from './value-schemas';
import { withIssue } from './zod-issue';

const unique = <T>(list: T[]) => new Set(list).size === list.length;

/** A linked sign-in (Google, GitHub, SAML…): shown, never edited here. */
export const identitySchema = z.strictObject({
  provider: stringSchema.min(1).max(64),
  subject: stringSchema.min(1).max(255),
  email: stringSchema.max(LIMITS.email).optional(),
  linkedAt: stringSchema.max(40),
});
export type Identity = z.infer<typeof identitySchema>;

export const billingSchema = z.strictObject({
  plan: textSchema({ maxLength: 64 }).optional(),
  status: z.enum(['trialing', 'active', 'past_due', 'canceled']).optional(),
  seats: z.number().int().min(0).max(1_000_000).optional(),
  customerRef: textSchema({ maxLength: 128 }).optional(),
});
export type Billing = z.infer<typeof billingSchema>;

/** An API key as any response shows it: never the secret, only a masked prefix. */
export const apiKeyViewSchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.string().max(100),
  masked: z.string().max(64),
  createdAt: z.string().max(40),
});
export type ApiKeyView = z.infer<typeof apiKeyViewSchema>;

/**
 * An admin's change to the API keys: the list of keys to keep, by id, with (re)labels. A key
 * left out is revoked; an id the account does not hold is refused. Keys are issued elsewhere.
 */
export const apiKeysPatchSchema = z
  .array(z.strictObject({ id: z.string().min(1).max(64), label: textSchema({ maxLength: 100 }) }))
  .max(LIMITS.apiKeys)
  .refine((keys) => unique(keys.map((k) => k.id)), withIssue('keyOnce'));

export const rolesSchema = z
  .array(z.string().regex(ROLE_PATTERN, withIssue('roleName')))
  .max(LIMITS.roles)
  .refine(unique, withIssue('roleOnce'));

export const activeAppsSchema = z
  .array(z.string().regex(KEY_PATTERN, withIssue('appId')))
  .max(LIMITS.activeApps)
  .refine(unique, withIssue('appOnce'));

/** Channel -> topic -> on/off. */
export type NotificationPrefs = Record<string, Record<string, boolean>>;

/** Value schemas of the built-in fields a profile patch may carry (when the viewer may edit them). */
const nameSchema = (maxLength: number) => textSchema({ maxLength }).transform(foldWhitespace);

export const builtinPatchSchemas = {
  name: nameSchema(200),
  givenName: nameSchema(100),
  familyName: nameSchema(100),
  phone: phoneSchema,
  company: textSchema({ maxLength: 200 }),
  picture: httpsUrlSchema,
  locale: localeSchema,
  roles: rolesSchema,
  activeApps: activeAppsSchema,
  billing: billingSchema,
  apiKeys: apiKeysPatchSchema,
} as const;

/** Built-in fields that may be cleared with `null` (unless the config marks them required). */
export const NULLABLE_BUILTINS = new Set(['name', 'givenName', 'familyName', 'phone', 'company', 'picture', 'locale', 'billing']);
