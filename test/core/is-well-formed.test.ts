import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { customValueSchema, emailSchema, hasLoneSurrogate, isWellFormed, stringSchema, textSchema, urlSchema } from '../../src/core';
import { exampleConfig } from '../../src/testing';

/** The engine's own check (Node 20 has it; the ES2022 lib types do not). */
const engine = (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

// Code units that make surrogate trouble likely: halves, pairs and ordinary characters.
const unit = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('a', ' ', '😀', '\u00e9'),
);
const anyText = fc.string({ unit, maxLength: 40 });
const illFormed = fc
  .tuple(anyText, fc.integer({ min: 0xd800, max: 0xdfff }), anyText)
  .map(([before, code, after]) => `${before}${String.fromCharCode(code)}${after}`)
  .filter((s) => !engine(s));

describe('isWellFormed', () => {
  it.each([
    ['', true],
    ['plain', true],
    ['😀 a pair', true],
    ['\ud800', false],
    ['\udc00', false],
    ['a\ud800', false],
    ['\udc00\ud800', false],
    ['\ud83d\ude00\ude00', false],
    ['\ud83d\ud83d\ude00', false],
  ])('%j -> %s', (text, expected) => {
    expect(isWellFormed(text)).toBe(expected);
    expect(hasLoneSurrogate(text)).toBe(!expected);
  });

  // The pattern is what engines without String.prototype.isWellFormed use: it must agree.
  test.prop([anyText], { numRuns: 2000 })('the fallback agrees with the engine', (text) => {
    expect(hasLoneSurrogate(text)).toBe(!engine(text));
  });
});

describe('every string schema refuses ill-formed text', () => {
  const schemas = {
    stringSchema,
    textSchema: textSchema({ maxLength: 100 }),
    multiLineText: textSchema({ maxLength: 100, multiLine: true }),
    emailSchema,
    urlSchema,
    ...Object.fromEntries(Object.entries(exampleConfig.custom).map(([key, field]) => [`custom.${key}`, customValueSchema(field)])),
  };
  for (const [name, schema] of Object.entries(schemas)) {
    test.prop([illFormed], { numRuns: 200 })(name, (input) => {
      expect(schema.safeParse(input).success).toBe(false);
    });
  }
});
