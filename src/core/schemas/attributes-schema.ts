import * as z from 'zod';
import type { AttributesConfig } from '../config/profile-config-schema';
import { textSchema } from './value-schemas';

/** Free attribute keys: letters, digits, `_`, `-` and `.` (length per the config). */
export const ATTRIBUTE_KEY_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** Keys that would reach an object's prototype machinery in some consumer: never attribute names. */
const RESERVED_ATTRIBUTE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Limits the attribute rules need. */
type AttributeLimits = Pick<AttributesConfig, 'maxEntries' | 'maxKeyLength' | 'maxValueLength'>;

/**
 * What is wrong with `key` as a free attribute's name, as a field message; `null` when it is
 * fine. The patch schema reports exactly this, under `attributes.<key>`.
 */
export function attributeKeyProblem(key: string, limits: Pick<AttributeLimits, 'maxKeyLength'>): string | null {
  if (key.length === 0) return 'Required';
  if (RESERVED_ATTRIBUTE_KEYS.has(key)) return 'This name is reserved';
  if (key.length > limits.maxKeyLength) return `At most ${limits.maxKeyLength} characters`;
  if (!ATTRIBUTE_KEY_PATTERN.test(key)) return 'Use letters, digits, _ - and . only';
  return null;
}

/** One attribute's value: single-line text (trimmed, no control characters), never blank. */
export function attributeValueSchema(limits: Pick<AttributeLimits, 'maxValueLength'>) {
  return textSchema({ maxLength: limits.maxValueLength }).refine((value) => value.length > 0, 'Required');
}

/** The message when an account would hold more attributes than the config allows. */
export function tooManyAttributesMessage(limits: Pick<AttributeLimits, 'maxEntries'>): string {
  return `At most ${limits.maxEntries} attributes`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The `attributes` part of a patch: `{ key: "text" }` sets, `{ key: null }` removes, keys not
 * named are kept. Each bad key or value is reported under its own key. Keys are checked on the
 * raw object (a record schema would silently drop `__proto__`). The count after merging with the
 * stored attributes is the service's check (`tooManyAttributesMessage`); here a patch may name at
 * most twice `maxEntries` keys (all removed, as many added), which bounds the work.
 */
export function attributesPatchSchema(limits: AttributeLimits) {
  const value = attributeValueSchema(limits);
  return z.unknown().transform((input, ctx): Record<string, string | null> => {
    if (!isPlainObject(input)) {
      ctx.addIssue({ code: 'custom', message: 'Expected an object' });
      return z.NEVER;
    }
    const keys = Object.keys(input);
    if (keys.length > limits.maxEntries * 2) {
      ctx.addIssue({ code: 'custom', message: tooManyAttributesMessage(limits) });
      return z.NEVER;
    }
    const out = new Map<string, string | null>();
    for (const key of keys) {
      const problem = attributeKeyProblem(key, limits);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: [key], message: problem });
        continue;
      }
      if (input[key] === null) {
        out.set(key, null);
        continue;
      }
      const result = value.safeParse(input[key]);
      if (result.success) out.set(key, result.data);
      else for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: [key, ...issue.path], message: issue.message });
    }
    return Object.fromEntries(out);
  });
}
