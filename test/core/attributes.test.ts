import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  attributeKeyProblem,
  createPatchSchema,
  DEFAULT_LABELS,
  defineProfileConfig,
  isProfileError,
  parseProfilePatch,
  ProfileError,
  profileSchema,
  resolveFieldAccess,
  resolveViewerConfig,
  type ProfileConfigInput,
} from '../../src/core';
import { exampleConfig, exampleConfigInput } from '../../src/testing';

const alice = { userId: 'alice', roles: [] };
const admin = { userId: 'root', roles: ['admin'] };

function errorOf(fn: () => unknown): ProfileError {
  try {
    fn();
  } catch (error) {
    if (isProfileError(error)) return error;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

const withAttributes = (attributes: unknown) => defineProfileConfig({ ...exampleConfigInput, attributes } as ProfileConfigInput);

describe('attributes config', () => {
  it('is disabled when absent or false', () => {
    expect(defineProfileConfig({})).not.toHaveProperty('attributes');
    expect(defineProfileConfig({ attributes: false })).not.toHaveProperty('attributes');
  });

  it('fills the defaults', () => {
    // The default label is not written into the config (only the app's own is): each client
    // names the list by its id, in its language; in English:
    expect(DEFAULT_LABELS.attributes).toBe('Other attributes');
    expect(defineProfileConfig({ attributes: {} }).attributes).toEqual({
      view: ['self', 'admin'],
      edit: ['self', 'admin'],
      maxEntries: 20,
      maxKeyLength: 40,
      maxValueLength: 500,
    });
  });

  it('caps the limits and refuses unknown settings', () => {
    expect(() => defineProfileConfig({ attributes: { maxEntries: 101 } })).toThrow(/attributes\.maxEntries/);
    expect(() => defineProfileConfig({ attributes: { maxKeyLength: 65 } })).toThrow(/attributes\.maxKeyLength/);
    expect(() => defineProfileConfig({ attributes: { maxValueLength: 2001 } })).toThrow(/attributes\.maxValueLength/);
    expect(() => defineProfileConfig({ attributes: { maxEntries: 0 } })).toThrow(/attributes\.maxEntries/);
    expect(() => defineProfileConfig({ attributes: { colour: 'x' } } as ProfileConfigInput)).toThrow(/attributes/);
    expect(() => defineProfileConfig({ attributes: true } as unknown as ProfileConfigInput)).toThrow(/attributes/);
  });
});

describe('attributes access', () => {
  it('resolves like a custom field', () => {
    expect(resolveFieldAccess(exampleConfig, alice, 'alice').attributes).toEqual({ visible: true, editable: true, reason: null });
    expect(resolveFieldAccess(exampleConfig, admin, 'alice').attributes).toEqual({ visible: true, editable: true, reason: null });
    expect(resolveFieldAccess(exampleConfig, { userId: 'bob', roles: [] }, 'alice').attributes?.visible).toBe(false);
    const readOnly = withAttributes({ edit: ['admin'] });
    expect(resolveFieldAccess(readOnly, alice, 'alice').attributes).toEqual({ visible: true, editable: false, reason: 'not-permitted' });
  });

  it('has no access key when disabled', () => {
    expect(resolveFieldAccess(defineProfileConfig({}), alice, 'alice')).not.toHaveProperty('attributes');
  });

  it('is in the viewer config only when seen', () => {
    expect(resolveViewerConfig(exampleConfig, alice).attributes).toMatchObject({ maxEntries: 20 });
    expect(resolveViewerConfig(exampleConfig, alice).attributes).not.toHaveProperty('label'); // named by id in each language
    const adminsOnly = withAttributes({ view: ['admin'], edit: ['admin'] });
    expect(resolveViewerConfig(adminsOnly, alice)).not.toHaveProperty('attributes');
    expect(resolveViewerConfig(adminsOnly, alice).access.self).not.toHaveProperty('attributes');
    expect(resolveViewerConfig(adminsOnly, admin).attributes).toBeDefined();
    expect(resolveViewerConfig(adminsOnly, admin).access.other?.attributes).toMatchObject({ visible: true, editable: true });
    expect(resolveViewerConfig(defineProfileConfig({}), admin)).not.toHaveProperty('attributes');
  });
});

describe('attributeKeyProblem', () => {
  const limits = { maxKeyLength: 10 };
  it('takes letters, digits, _ - and .', () => {
    for (const key of ['a', 'Z9', 'shoe.size', 'a-b_c', '1st', '...']) expect(attributeKeyProblem(key, limits)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(attributeKeyProblem('', limits)).toBe('Required');
    expect(attributeKeyProblem('k'.repeat(11), limits)).toBe('At most 10 characters');
    expect(attributeKeyProblem('a b', limits)).toBe('Use letters, digits, _ - and . only');
    expect(attributeKeyProblem('naïve', limits)).toBe('Use letters, digits, _ - and . only');
    expect(attributeKeyProblem('a/b', limits)).toBe('Use letters, digits, _ - and . only');
    for (const key of ['__proto__', 'constructor', 'prototype']) expect(attributeKeyProblem(key, limits)).toBe('This name is reserved');
  });
});

describe('attributes in a patch', () => {
  const selfAccess = resolveFieldAccess(exampleConfig, alice, 'alice');
  const parse = (input: unknown, config = exampleConfig, access = selfAccess) => parseProfilePatch(config, access, input);

  it('sets (trimmed) and removes (null)', () => {
    expect(parse({ attributes: { team: '  red ', gone: null } })).toEqual({ attributes: { team: 'red', gone: null } });
  });

  it('reports each bad key and value under its own path', () => {
    const error = errorOf(() =>
      parse({ attributes: JSON.parse('{"__proto__": "x", "a b": "x", "ok": "", "ctrl": "a\\u0000", "long": "' + 'v'.repeat(501) + '", "n": 1}') }),
    );
    expect(error.code).toBe('validation');
    expect(error.fields).toMatchObject({
      'attributes.__proto__': 'This name is reserved',
      'attributes.a b': 'Use letters, digits, _ - and . only',
      'attributes.ok': 'Required',
      'attributes.ctrl': 'Contains characters that are not allowed',
      'attributes.long': 'At most 500 characters',
    });
    expect(Object.keys(error.fields!)).toContain('attributes.n');
    expect(Object.getPrototypeOf(error.fields)).toBe(Object.prototype);
  });

  it('refuses a non-object and a patch naming more than twice maxEntries keys', () => {
    expect(errorOf(() => parse({ attributes: ['a'] })).fields).toHaveProperty(['attributes']);
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`k${i}`, null]));
    expect(errorOf(() => parse({ attributes: many })).fields).toEqual({ attributes: 'At most 20 attributes' });
    const forty = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, null]));
    expect(parse({ attributes: forty }).attributes).toEqual(forty);
  });

  it('is forbidden when visible but not editable', () => {
    const config = withAttributes({ edit: ['admin'] });
    const error = errorOf(() => parse({ attributes: { a: 'b' } }, config, resolveFieldAccess(config, alice, 'alice')));
    expect(error.code).toBe('forbidden_field');
    expect(error.fields).toEqual({ attributes: 'You may not change this field' });
  });

  it('is an unknown field when hidden or disabled', () => {
    const hidden = withAttributes({ view: ['admin'] });
    const error = errorOf(() => parse({ attributes: { a: 'b' } }, hidden, resolveFieldAccess(hidden, alice, 'alice')));
    expect(error.code).toBe('validation');
    expect(error.fields).toEqual({ attributes: 'Unknown field' });
    const disabled = defineProfileConfig({});
    const off = errorOf(() => parse({ attributes: {} }, disabled, resolveFieldAccess(disabled, alice, 'alice')));
    expect(off.fields).toEqual({ attributes: 'Unknown field' });
  });

  it('is in the patch schema a viewer config derives (fields partial)', () => {
    const viewerConfig = resolveViewerConfig(exampleConfig, alice);
    const schema = createPatchSchema(viewerConfig, viewerConfig.access.self);
    expect(schema.safeParse({ attributes: { team: 'red' } }).success).toBe(true);
    expect(schema.safeParse({ attributes: { 'a b': 'red' } }).success).toBe(false);
  });

  test.prop([fc.dictionary(fc.string({ maxLength: 50 }), fc.oneof(fc.string({ maxLength: 600 }), fc.constant(null)), { maxKeys: 10 })])(
    'never throws anything but a ProfileError and keeps only valid keys',
    (attributes) => {
      try {
        const patch = parse({ attributes });
        for (const key of Object.keys(patch.attributes ?? {})) expect(attributeKeyProblem(key, { maxKeyLength: 40 })).toBeNull();
      } catch (error) {
        expect(isProfileError(error)).toBe(true);
      }
    },
  );
});

describe('attributes in the read schema', () => {
  it('takes a string map', () => {
    expect(profileSchema.safeParse({ id: 'a', version: 1, attributes: { team: 'red' } }).success).toBe(true);
    expect(profileSchema.safeParse({ id: 'a', version: 1, attributes: { team: 1 } }).success).toBe(false);
  });
});
