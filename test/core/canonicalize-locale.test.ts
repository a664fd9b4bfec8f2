import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { canonicalizeLocale, localeSchema } from '../../src/core';

describe('canonicalizeLocale', () => {
  it.each([
    ['en-us', 'en-US'],
    ['EN-gb', 'en-GB'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['de', 'de'],
  ])('canonicalises %s to %s', (tag, canonical) => {
    expect(canonicalizeLocale(tag)).toBe(canonical);
  });

  it.each(['', ' en', 'en_US', 'not a locale', 'x', '12-34', 'en-'])('refuses %j', (tag) => {
    expect(canonicalizeLocale(tag)).toBeNull();
  });

  test.prop([fc.string({ maxLength: 50 })])('gives a canonical tag or null, and the schema a value or an error', (tag) => {
    const canonical = canonicalizeLocale(tag);
    if (canonical !== null) expect(canonicalizeLocale(canonical)).toBe(canonical);
    const parsed = localeSchema.safeParse(tag);
    expect(parsed.success ? parsed.data : null).toBe(tag.length > 35 ? null : canonical);
  });
});
