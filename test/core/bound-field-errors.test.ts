import { describe, expect, it } from 'vitest';
import { listFieldNames, MAX_ERROR_FIELDS, ProfileError } from '../../src/core';

const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, 'Unknown field']));

describe('an error names at most 20 fields', () => {
  it('keeps the first 20 and counts the rest', () => {
    const error = new ProfileError('validation', 'x', { fields: fields(5000) });
    expect(Object.keys(error.fields!)).toEqual(Object.keys(fields(MAX_ERROR_FIELDS)));
    expect(error.moreFields).toBe(4980);
    expect(error.toJSON()).toMatchObject({ moreFields: 4980 });
  });

  it('says nothing more up to 20', () => {
    const error = new ProfileError('validation', 'x', { fields: fields(20) });
    expect(Object.keys(error.fields!)).toHaveLength(20);
    expect(error.moreFields).toBeUndefined();
    expect(error.toJSON()).not.toHaveProperty('moreFields');
  });

  it('adds a count read back from the wire', () => {
    const error = new ProfileError('validation', 'x', { fields: fields(20), moreFields: 4980 });
    expect(error.moreFields).toBe(4980);
  });

  it('cuts long names and keeps "__proto__" a field name', () => {
    const error = new ProfileError('validation', 'x', { fields: Object.fromEntries([['__proto__', 'a'], ['n'.repeat(500), 'b']]) });
    expect(Object.keys(error.fields!)).toEqual(['__proto__', `${'n'.repeat(100)}…`]);
    expect(Object.getPrototypeOf(error.fields)).toBe(Object.prototype);
  });

  it('lists names for a message the same way', () => {
    expect(listFieldNames(['a', 'b'])).toBe('a, b');
    expect(listFieldNames(Object.keys(fields(1234)))).toMatch(/^f0, f1, .*, f19 and 1,214 more$/);
  });
});
