import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, defineProfileConfig, resolveViewerConfig } from '../../src/core';

describe('defineProfileConfig', () => {
  it('fills in safe defaults', () => {
    const config = defineProfileConfig();
    expect(config.fields.billing).toMatchObject({ view: ['admin'], edit: ['admin'] });
    expect(config.fields.apiKeys).toMatchObject({ view: ['admin'], edit: ['admin'] });
    expect(config.fields.id.edit).toEqual([]);
    expect(config.fields.createdAt.edit).toEqual([]);
    expect(config.fields.identities.edit).toEqual([]);
    expect(config.fields.roles).toMatchObject({ view: ['self', 'admin'], edit: ['admin'] });
    expect(config.password).toEqual({ minLength: 12, maxLength: 128, minScore: 3, appWords: [] });
    expect(config.adminRoles).toEqual(['admin']);
    expect(config.notifications.topics.find((t) => t.id === 'security')?.mandatory).toBe(true);
  });

  it('is JSON-serialisable: a round trip gives the same config', () => {
    const config = defineProfileConfig({ custom: { height: { type: 'number', label: 'Height', min: 50 } } });
    expect(defineProfileConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
  });

  // Labels by id: the config says whether the app set a label, so a client never guesses it
  // from the text (an app label that reads like the English default is still the app's word).
  it('keeps only the labels the app set, also one that reads like the default; a round trip keeps which', () => {
    const config = defineProfileConfig({ fields: { email: { label: 'Email' }, phone: { label: 'Mobile' } }, attributes: { label: 'Other attributes' } });
    expect(config.fields.email.label).toBe('Email');
    expect(config.fields.phone.label).toBe('Mobile');
    expect(config.fields.company).not.toHaveProperty('label');
    expect(config.attributes?.label).toBe('Other attributes');
    expect(defineProfileConfig({ attributes: {} }).attributes).not.toHaveProperty('label');
    expect(defineProfileConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
    const seen = resolveViewerConfig(config, { userId: 'ada', roles: [] });
    expect(seen.fields.email?.label).toBe('Email');
    expect(seen.fields.company).not.toHaveProperty('label');
    expect(seen.attributes?.label).toBe('Other attributes');
    // What an absent label stands for, in English, for a client without a catalogue.
    expect(DEFAULT_LABELS.company).toBe('Company');
    expect(DEFAULT_LABELS.email).toBe('Email');
  });

  it('applies the app’s overrides and custom field defaults', () => {
    const config = defineProfileConfig({
      fields: { phone: { view: ['admin'], edit: ['admin'], label: 'Mobile' } },
      custom: { nickname: { type: 'text', label: 'Nickname' } },
    });
    expect(config.fields.phone).toMatchObject({ label: 'Mobile', view: ['admin'], edit: ['admin'] });
    expect(config.custom.nickname).toMatchObject({ maxLength: 200, required: false, view: ['self', 'admin'], edit: ['self', 'admin'] });
  });

  it.each([
    [{ fields: { id: { edit: ['admin'] } } }, 'fields.id.edit'],
    [{ fields: { createdAt: { edit: ['self'] } } }, 'fields.createdAt.edit'],
    [{ fields: { identities: { edit: ['admin'] } } }, 'fields.identities.edit'],
    [{ fields: { emailVerified: { edit: ['admin'] } } }, 'fields.emailVerified.edit'],
    [{ fields: { shoeSize: {} } }, 'fields'],
    [{ custom: { __proto__x: { type: 'text', label: 'x' } } }, 'custom'],
    [{ custom: { '1abc': { type: 'text', label: 'x' } } }, 'custom'],
    [{ custom: { n: { type: 'number', label: 'N', min: 5, max: 1 } } }, 'custom.n'],
    [{ custom: { s: { type: 'select', label: 'S', options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'B' }] } } }, 'custom.s'],
    [{ custom: { t: { type: 'colour', label: 'T' } } }, 'custom.t'],
    [{ notifications: { channels: [{ id: 'email', label: 'E' }], topics: [{ id: 't', label: 'T', channels: ['fax'] }] } }, 'notifications'],
    [{ password: { minLength: 6 } }, 'password.minLength'],
    [{ password: { minScore: 5 } }, 'password.minScore'],
    [{ password: { minLength: 20, maxLength: 16 } }, 'password'],
    [{ unknownOption: true }, '(config)'],
  ])('refuses an unsafe or malformed config (%j)', (input, path) => {
    expect(() => defineProfileConfig(input as never)).toThrow(TypeError);
    expect(() => defineProfileConfig(input as never)).toThrow(path);
  });

  it('caps the number of custom fields', () => {
    const custom = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, { type: 'boolean', label: 'F' }]));
    expect(() => defineProfileConfig({ custom } as never)).toThrow('At most 100 custom fields');
  });
});
