import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { customValueSchema, emailSchema, normalizeEmail, phoneSchema, urlSchema } from '../../src/core';
import { exampleConfig } from '../../src/testing';

const schemas = { emailSchema, phoneSchema, urlSchema };

describe('value schemas', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    test.prop([fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue({ maxDepth: 2 }))], { numRuns: 300 })(
      `${name}: random input yields a value or an error, never a crash`,
      (input) => {
        const result = schema.safeParse(input);
        if (result.success) expect(typeof result.data).toBe('string');
        else expect(result.error.issues.length).toBeGreaterThan(0);
      },
    );
  }

  for (const [key, field] of Object.entries(exampleConfig.custom)) {
    test.prop([fc.jsonValue({ maxDepth: 2 })], { numRuns: 150 })(`custom ${key} (${field.type}) never crashes`, (input) => {
      expect(typeof customValueSchema(field).safeParse(input).success).toBe('boolean');
    });
  }

  test.prop([fc.emailAddress()])('accepts addresses and normalises them idempotently', (address) => {
    const result = emailSchema.safeParse(address);
    if (result.success) expect(normalizeEmail(result.data)).toBe(result.data);
  });
});
