import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { splitName } from '../../src/core';

describe('splitName', () => {
  it.each([
    ['Ada Lovelace', 'Ada', 'Lovelace'],
    ['Ada King Lovelace', 'Ada', 'King Lovelace'],
    ['  Ada \t\n King   Lovelace  ', 'Ada', 'King Lovelace'],
    ['Cher', 'Cher', null],
    ['', null, null],
    ['   ', null, null],
    ['José\u00a0María Aznar', 'José', 'María Aznar'],
  ])('splits %j into %j + %j', (name, given, family) => {
    expect(splitName(name)).toEqual({ givenName: given, familyName: family });
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 200 })])('never crashes, and the parts rebuild the folded name', (name) => {
    const { givenName, familyName } = splitName(name);
    const folded = name.replace(/\s+/gu, ' ').trim();
    expect([givenName, familyName].filter(Boolean).join(' ')).toBe(folded);
    if (givenName !== null) expect(givenName).not.toMatch(/\s/u);
  });
});
