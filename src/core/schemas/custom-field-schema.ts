import * as z from 'zod';
import type { CustomFieldConfig } from '../config/profile-config-schema';
import { emailSchema, finiteNumberSchema, isoDateSchema, phoneSchema, textSchema, urlSchema } from './value-schemas';
import { withIssue } from './zod-issue';

/** What a custom field holds. */
export type CustomValue = string | number | boolean | string[];

/** The value schema of one custom field, derived from its declaration. */
export function customValueSchema(field: CustomFieldConfig): z.ZodType<CustomValue> {
  switch (field.type) {
    case 'text':
      return textSchema({ maxLength: field.maxLength, minLength: field.minLength });
    case 'longText':
      return textSchema({ maxLength: field.maxLength, minLength: field.minLength, multiLine: true });
    case 'number':
      return numberSchema(field);
    case 'boolean':
      return z.boolean();
    case 'select':
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]], withIssue('chooseOne'));
    case 'multiSelect':
      return z
        .array(z.enum(field.options.map((o) => o.value) as [string, ...string[]], withIssue('chooseFrom')))
        .max(field.maxItems ?? field.options.length, withIssue('chooseAtMost', { n: field.maxItems ?? field.options.length }))
        .refine((values) => new Set(values).size === values.length, withIssue('onceEach'));
    case 'date':
      return isoDateSchema
        .refine((d) => field.min === undefined || d >= field.min, withIssue('onOrAfter', { date: `${field.min}` }))
        .refine((d) => field.max === undefined || d <= field.max, withIssue('onOrBefore', { date: `${field.max}` }));
    case 'url':
      return urlSchema;
    case 'email':
      return emailSchema;
    case 'phone':
      return phoneSchema;
  }
}

function numberSchema(field: Extract<CustomFieldConfig, { type: 'number' }>) {
  let schema = finiteNumberSchema;
  if (field.min !== undefined) schema = schema.refine((n) => n >= field.min!, withIssue('atLeast', { n: field.min }));
  if (field.max !== undefined) schema = schema.refine((n) => n <= field.max!, withIssue('atMost', { n: field.max }));
  if (field.step !== undefined) {
    const { step } = field;
    const base = field.min ?? 0;
    // Tolerate binary floating point (0.1 + 0.2) but not a real off-step value.
    schema = schema.refine((n) => {
      const steps = (n - base) / step;
      return Math.abs(steps - Math.round(steps)) < 1e-9;
    }, withIssue('step', { n: step }));
  }
  return schema;
}

/** Whether a value counts as "not filled in" for a required field. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
