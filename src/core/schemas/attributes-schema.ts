import * as z from 'zod';
import type { AttributesConfig } from '../config/profile-config-schema';
import { fieldIssue, schemaIssueMessage, type FieldIssue } from '../errors/field-issue';
import { textSchema } from './value-schemas';
import { customIssue, issueOf, withIssue } from './zod-issue';

/** Free attribute keys: letters, digits, `_`, `-` and `.` (length per the config). */
export const ATTRIBUTE_KEY_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** Keys that would reach an object's prototype machinery in some consumer: never attribute names. */
const RESERVED_ATTRIBUTE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Limits the attribute rules need. */
type AttributeLimits = Pick<AttributesConfig, 'maxEntries' | 'maxKeyLength' | 'maxValueLength'>;

/**
 * What is wrong with `key` as a free attribute's name, as an issue; `null` when it is fine. The
 * patch schema reports exactly this, under `attributes.<key>`.
 */
export function attributeKeyIssue(key: string, limits: Pick<AttributeLimits, 'maxKeyLength'>): FieldIssue | null {
  if (key.length === 0) return fieldIssue('required');
  if (RESERVED_ATTRIBUTE_KEYS.has(key)) return fieldIssue('reservedName');
  if (key.length > limits.maxKeyLength) return fieldIssue('atMostChars', { n: limits.maxKeyLength });
  if (!ATTRIBUTE_KEY_PATTERN.test(key)) return fieldIssue('attributeKey');
  return null;
}

/** `attributeKeyIssue` as its English message. */
export function attributeKeyProblem(key: string, limits: Pick<AttributeLimits, 'maxKeyLength'>): string | null {
  const issue = attributeKeyIssue(key, limits);
  return issue ? schemaIssueMessage(issue) : null;
}

/** One attribute's value: single-line text (trimmed, no control characters), never blank. */
export function attributeValueSchema(limits: Pick<AttributeLimits, 'maxValueLength'>) {
  return textSchema({ maxLength: limits.maxValueLength }).refine((value) => value.length > 0, withIssue('required'));
}

/** The issue when an account would hold more attributes than the config allows. */
export function tooManyAttributesIssue(limits: Pick<AttributeLimits, 'maxEntries'>): FieldIssue {
  return fieldIssue('atMostAttributes', { n: limits.maxEntries });
}

/** `tooManyAttributesIssue` as its English message. */
export function tooManyAttributesMessage(limits: Pick<AttributeLimits, 'maxEntries'>): string {
  return schemaIssueMessage(tooManyAttributesIssue(limits));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The `attributes` part of a patch: `{ key: "text" }` sets, `{ key: null }` removes, keys not
 * named are kept. Each bad key or value is reported under its own key. Keys are checked on the
 * raw object (a record schema would silently drop `__proto__`). The count after merging with the
 * stored attributes is the service's check (`tooManyAttributesIssue`); here a patch may name at
 * most twice `maxEntries` keys (all removed, as many added), which bounds the work.
 */
export function attributesPatchSchema(limits: AttributeLimits) {
  const value = attributeValueSchema(limits);
  return z.unknown().transform((input, ctx): Record<string, string | null> => {
    if (!isPlainObject(input)) {
      ctx.addIssue(customIssue('expectedObject'));
      return z.NEVER;
    }
    const keys = Object.keys(input);
    if (keys.length > limits.maxEntries * 2) {
      ctx.addIssue(customIssue('atMostAttributes', { n: limits.maxEntries }));
      return z.NEVER;
    }
    const out = new Map<string, string | null>();
    for (const key of keys) {
      const problem = attributeKeyIssue(key, limits);
      if (problem) {
        ctx.addIssue(customIssue(problem.code, problem.params, [key]));
        continue;
      }
      if (input[key] === null) {
        out.set(key, null);
        continue;
      }
      const result = value.safeParse(input[key]);
      if (result.success) out.set(key, result.data);
      else for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: [key, ...issue.path], message: issue.message, params: { issue: issueOf(issue) } });
    }
    return Object.fromEntries(out);
  });
}
