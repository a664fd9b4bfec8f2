import type * as z from 'zod';
import { fieldProblemsFromZod, type FieldIssue, type ProfilePatch } from '../../../core/browser';
import { valueAt } from '../../fields/field-info';

export type PatchCheck = { ok: true; patch: ProfilePatch; value: unknown } | { ok: false; error?: { message: string; issue?: FieldIssue } };

/** The message of `fields` that belongs to `path`: its own, a part's (`billing.seats`), or its whole's. */
export function messageFor(fields: Record<string, string> | undefined, path: string): string | undefined {
  const key = fields && pathFor(fields, path);
  return key === undefined ? undefined : fields![key];
}

function pathFor(fields: Record<string, string>, path: string): string | undefined {
  if (fields[path] !== undefined) return path;
  return Object.keys(fields).find((k) => k.startsWith(`${path}.`) || path.startsWith(`${k}.`));
}

/**
 * Validates a one-field patch with the core's patch schema for this viewer (the rules the
 * server runs): the normalised patch and the value at `path`, or the message for `path`
 * (untranslated: pass it through `fieldError`).
 */
export function checkPatch(schema: z.ZodType, patch: ProfilePatch, path: string): PatchCheck {
  const result = schema.safeParse(patch);
  if (result.success) {
    const parsed = result.data as ProfilePatch;
    return { ok: true, patch: parsed, value: valueAt(parsed as Record<string, unknown>, path) };
  }
  const { fields, issues } = fieldProblemsFromZod(result.error);
  const key = pathFor(fields, path) ?? Object.keys(fields)[0];
  if (key === undefined) return { ok: false };
  return { ok: false, error: { message: fields[key]!, ...(Object.hasOwn(issues, key) ? { issue: issues[key] } : {}) } };
}
