import * as z from 'zod';
import { apiKeyViewSchema, billingSchema, identitySchema } from './builtin-value-schemas';

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
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
