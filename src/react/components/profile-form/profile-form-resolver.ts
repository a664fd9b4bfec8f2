import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { createPatchSchema, ProfilePatch } from '../../../core/browser';
import { issueResolver } from '../../i18n/issue-resolver';
import { changedCandidate, isEditable, type FormEntry, type ProfileFormValues } from './form-plan';

/**
 * The core's patch schema through `issueResolver` (messages by id), run on the changed fields only (what a save
 * sends; a stored value the rules have since tightened does not block other edits). Errors
 * inside a list (`roles.2`) are lifted to the list's input.
 */
export function profileFormResolver(
  schema: ReturnType<typeof createPatchSchema>,
  entries: readonly FormEntry[],
  baseline: () => ProfileFormValues,
  fmt: Parameters<typeof issueResolver>[1],
): Resolver<ProfileFormValues, unknown, ProfilePatch> {
  const validate = issueResolver(schema, fmt);
  return async (values, context, options) => {
    const candidate = changedCandidate(values, baseline(), entries);
    const result = await validate(candidate, context, options as never);
    if (Object.keys(result.errors).length === 0) return { values: result.values as ProfilePatch, errors: {} };
    const errors: FieldErrors<ProfileFormValues> = {};
    for (const entry of entries) {
      if (!isEditable(entry)) continue;
      const error = get(result.errors, entry.name) as { message?: string; type?: string } | undefined;
      if (!error) continue;
      const message = error.message ?? firstMessage(error);
      set(errors, entry.name, { type: error.type ?? 'validation', message });
    }
    return { values: {}, errors };
  };
}

function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { message } = error as { message?: unknown };
  if (typeof message === 'string') return message;
  for (const value of Object.values(error)) {
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
}
