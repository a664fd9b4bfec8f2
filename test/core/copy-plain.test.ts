import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { copyPlain } from '../../src/core/domain/copy-plain';

describe('copyPlain (what stores and the service copy records with)', () => {
  test.prop([fc.jsonValue()])('equals structuredClone on JSON data, and shares nothing with the original', (value) => {
    const copy = copyPlain(value);
    expect(copy).toStrictEqual(structuredClone(value));
    if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value);
  });

  it('keeps undefined properties and null-prototype objects as structuredClone does', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    const value = { a: undefined, b: [1, { c: null }], bare };
    expect(copyPlain(value)).toStrictEqual(structuredClone(value));
    const nested = { list: [{ x: 1 }] };
    const copy = copyPlain(nested);
    copy.list[0]!.x = 2;
    expect(nested.list[0]!.x).toBe(1);
  });

  it('copies an own "__proto__" key as data, never as the prototype', () => {
    const value = JSON.parse('{"__proto__": {"admin": true}, "a": {"__proto__": ""}}') as Record<string, unknown>;
    const copy = copyPlain(value);
    expect(copy).toStrictEqual(structuredClone(value));
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect((copy as { admin?: unknown }).admin).toBeUndefined();
  });

  it('hands anything else to structuredClone (a Date stays a Date; a function is refused)', () => {
    const at = new Date(0);
    const copy = copyPlain({ at });
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(at);
    expect(() => copyPlain({ run: () => 1 })).toThrow();
  });
});
