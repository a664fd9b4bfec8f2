import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isProfileError, parseProfilePatch, ProfileError, resolveFieldAccess } from '../../src/core';
import { exampleConfig } from '../../src/testing';

const selfAccess = resolveFieldAccess(exampleConfig, { userId: 'u', roles: [] }, 'u');
const adminAccess = resolveFieldAccess(exampleConfig, { userId: 'root', roles: ['admin'] }, 'u');
const parse = (input: unknown, access = selfAccess) => parseProfilePatch(exampleConfig, access, input);

function errorOf(fn: () => unknown): ProfileError {
  try {
    fn();
  } catch (error) {
    if (isProfileError(error)) return error;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

describe('parseProfilePatch', () => {
  it('normalises values: trims, folds names, canonicalises locale, lower-cases emails, blanks to null', () => {
    expect(
      parse({ name: '  Ada   Lovelace ', locale: 'en-gb', phone: '  ', custom: { backupEmail: ' A@B.CO ', website: '' } }),
    ).toEqual({ name: 'Ada Lovelace', locale: 'en-GB', phone: null, custom: { backupEmail: 'a@b.co', website: null } });
  });

  it('reports forbidden fields before unknown ones, naming every one', () => {
    const error = errorOf(() => parse({ roles: ['admin'], billing: {}, version: 3, passwordHash: 'x', nickname: 'x' }));
    expect(error.code).toBe('forbidden_field');
    expect(Object.keys(error.fields!).sort()).toEqual(['billing', 'passwordHash', 'roles', 'version']);
  });

  it('reports unknown keys as validation errors', () => {
    const error = errorOf(() => parse({ nickname: 'x', __proto__x: 1, custom: { nope: 1 } }));
    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields!).sort()).toEqual(['__proto__x', 'custom.nope', 'nickname']);
  });

  it('refuses "__proto__" and "constructor" keys as unknown without touching prototypes', () => {
    const error = errorOf(() => parse(JSON.parse('{"__proto__": {"roles": ["admin"]}, "constructor": {"prototype": {}}}')));
    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields!).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).roles).toBeUndefined();
  });

  it('refuses clearing a required custom field', () => {
    expect(errorOf(() => parse({ custom: { displayHandle: null } })).fields).toEqual({ 'custom.displayHandle': 'Required' });
    expect(errorOf(() => parse({ custom: { displayHandle: '  ' } })).fields).toEqual({ 'custom.displayHandle': 'Required' });
    expect(parse({ custom: { displayHandle: 'ada' } })).toEqual({ custom: { displayHandle: 'ada' } });
  });

  it('lets admins patch admin fields', () => {
    expect(parse({ roles: ['support'], billing: { plan: 'pro', seats: 3 }, apiKeys: [{ id: 'k1', label: 'CI' }] }, adminAccess)).toEqual({
      roles: ['support'],
      billing: { plan: 'pro', seats: 3 },
      apiKeys: [{ id: 'k1', label: 'CI' }],
    });
  });

  it('checks number step and range without float noise', () => {
    expect(parse({ custom: { weight: 70.3 } })).toEqual({ custom: { weight: 70.3 } });
    expect(errorOf(() => parse({ custom: { weight: 70.35 } })).fields).toEqual({ 'custom.weight': 'In steps of 0.1' });
    expect(errorOf(() => parse({ custom: { height: 251 } })).fields).toEqual({ 'custom.height': 'At most 250' });
  });

  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const plausiblePatch = fc.dictionary(
    fc.constantFrom('name', 'givenName', 'phone', 'company', 'picture', 'locale', 'notifications', 'custom', 'roles', 'version', 'x'),
    anyJson,
    { maxKeys: 5 },
  );

  test.prop([fc.oneof(anyJson, plausiblePatch)], { numRuns: 500 })('random input yields a patch or a ProfileError, never a crash', (input) => {
    try {
      const patch = parse(input);
      expect(typeof patch).toBe('object');
    } catch (error) {
      expect(isProfileError(error)).toBe(true);
      expect(['validation', 'forbidden_field']).toContain((error as ProfileError).code);
    }
  });

  test.prop([fc.dictionary(fc.constantFrom(...Object.keys(exampleConfig.custom)), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 })], {
    numRuns: 500,
  })('random custom values yield a value or a validation error', (custom) => {
    try {
      const patch = parse({ custom });
      for (const [key, value] of Object.entries(patch.custom ?? {})) expect(custom).toHaveProperty([key]), void value;
    } catch (error) {
      expect(isProfileError(error)).toBe(true);
    }
  });
});

describe('createPatchSchema', () => {
  it('builds one schema per config and set of editable fields (the server parses with it on every save)', async () => {
    const { createPatchSchema, defineProfileConfig, resolveFieldAccess } = await import('../../src/core');
    const config = defineProfileConfig({ custom: { note: { type: 'text', label: 'Note', edit: ['admin'] } } });
    const self = resolveFieldAccess(config, { userId: 'u', roles: [] }, 'u');
    const admin = resolveFieldAccess(config, { userId: 'a', roles: ['admin'] }, 'u');
    const first = createPatchSchema(config, self);
    expect(createPatchSchema(config, { ...self })).toBe(first);
    expect(createPatchSchema(config, admin)).not.toBe(first);
    expect(createPatchSchema(config, admin).safeParse({ custom: { note: 'x' } }).success).toBe(true);
    expect(first.safeParse({ custom: { note: 'x' } }).success).toBe(false);
    expect(createPatchSchema(defineProfileConfig(), self)).not.toBe(first);
  });
});
