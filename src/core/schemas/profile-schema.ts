import * as z from 'zod';
import { apiKeyViewSchema, billingSchema, identitySchema } from './builtin-value-schemas';

const status = z.enum(['active', 'suspended', 'pending_deletion']).optional();
const purgeAt = z.string().nullable().optional();

/**
 * The account's lifecycle state (see `AccountStatus`), shown to whoever may open the profile:
 * the holder and admins. Never part of a patch: it changes through its own steps.
 */
const lifecycleShape = {
  status,
  /** When the account's scheduled erasure happens (ISO 8601); `null` when none is scheduled. */
  purgeAt,
  /** Why and since when the account is suspended; `null` when it is not. */
  suspension: z.strictObject({ reason: z.string(), at: z.string() }).nullable().optional(),
};

const customValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const nullableText = z.string().nullable().optional();

const profileShape = {
  id: z.string(),
  /** The version this state is at; send it back with the next write. */
  version: z.number().int().positive(),
  email: z.string().optional(),
  emailVerified: z.boolean().optional(),
  pendingEmail: z.string().nullable().optional(),
  name: nullableText,
  givenName: nullableText,
  familyName: nullableText,
  phone: nullableText,
  company: nullableText,
  picture: nullableText,
  locale: nullableText,
  notifications: z.record(z.string(), z.record(z.string(), z.boolean())).optional(),
  identities: z.array(identitySchema).optional(),
  roles: z.array(z.string()).optional(),
  activeApps: z.array(z.string()).optional(),
  createdAt: z.string().optional(),
  billing: billingSchema.nullable().optional(),
  apiKeys: z.array(apiKeyViewSchema).optional(),
  custom: z.record(z.string(), customValue).optional(),
  /** Free attributes, when the config enables them and the viewer sees them. */
  attributes: z.record(z.string(), z.string()).optional(),
  ...lifecycleShape,
};

/**
 * A profile as the API returns it: both records merged and filtered for the viewer (a field the
 * viewer may not see is absent, not null), with `version`.
 */
export const profileSchema = z.strictObject(profileShape);
export type Profile = z.infer<typeof profileSchema>;

/** One row of the admin account list (fields the admin may not see are absent). */
export const accountSummarySchema = z.strictObject({
  id: z.string(),
  email: z.string().optional(),
  name: z.string().nullable().optional(),
  emailVerified: z.boolean().optional(),
  roles: z.array(z.string()).optional(),
  createdAt: z.string().optional(),
  /** For the list's badges: suspended, pending deletion (with `purgeAt`); `emailVerified` false is "unverified". */
  status,
  purgeAt,
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
