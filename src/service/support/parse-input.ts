import type * as z from 'zod';
import { fieldProblemsFromZod, ProfileError } from '../../core';

/** Parses a request body with `schema`, or throws `validation` with a message per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ProfileError('validation', 'Some fields are not valid', fieldProblemsFromZod(result.error));
  }
  return result.data;
}
