import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod';
import type { FieldErrorInput } from './translate-issue';

/**
 * A react-hook-form resolver over a zod schema (as `zodResolver`), whose messages are already in
 * the viewer's language: each issue is translated by its id (`fieldError`), never by its text.
 */
export function issueResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  fmt: { fieldError: (input: FieldErrorInput) => string },
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    // Null prototype: a field named `constructor` or `__proto__` is a field.
    const errors: Record<string, FieldError> = Object.create(null);
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (!errors[path]) errors[path] = { type: issue.code, message: fmt.fieldError(issue) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
