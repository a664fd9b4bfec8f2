import { defineProfileConfig, isProfileError, type ProfilePatch } from '../../core';
import { exampleConfigInput } from '../fixtures/example-config';
import type { TestApi } from '../runner/test-api';
import { auditCount, expectProfileError, type World } from './adapter-fixtures';

/**
 * The example config with free attributes the user sees but nobody may change, and admins never
 * see: the access half of the attribute tests runs against it.
 */
export const selfOnlyAttributesConfig = defineProfileConfig({
  ...exampleConfigInput,
  attributes: { label: 'Other attributes', view: ['self'], edit: [] },
});

/** Free attributes through the adapter, on the example config (enabled, 20 entries at most). */
export function attributeTests({ describe, expect, it }: TestApi, world: () => World) {
  describe('attributes', () => {
    it('attributes - getConfig declares them with the viewer’s access', async () => {
      const config = await world().alice.adapter.getConfig();
      expect(config.attributes).toMatchObject({ maxEntries: 20, maxKeyLength: 40, maxValueLength: 500 });
      expect(config.access.self.attributes).toEqual({ visible: true, editable: true, reason: null });
    });

    it('attributes - a new profile has none', async () => {
      expect((await world().alice.adapter.getProfile()).attributes).toEqual({});
    });

    it('attributes - sets, edits and removes key by key, keeping the keys not named', async () => {
      const { adapter } = world().alice;
      let profile = await adapter.getProfile();
      profile = await adapter.updateProfile({ attributes: { team: 'red', 'shoe.size': '38', 'guild-1_a': ' x ' } }, profile.version);
      expect(profile.attributes).toEqual({ team: 'red', 'shoe.size': '38', 'guild-1_a': 'x' });
      const version = profile.version;
      profile = await adapter.updateProfile({ attributes: { team: 'blue', 'shoe.size': null } }, profile.version);
      expect(profile.version).toBe(version + 1);
      expect(profile.attributes).toEqual({ team: 'blue', 'guild-1_a': 'x' });
      expect((await adapter.getProfile()).attributes).toEqual({ team: 'blue', 'guild-1_a': 'x' });
    });

    it('attributes - admins set them on a user, and the user sees them', async () => {
      const { alice, admin } = world();
      const { version } = await admin.adapter.getUser(alice.id);
      const updated = await admin.adapter.updateUser(alice.id, { attributes: { segment: 'enterprise' } }, version);
      expect(updated.attributes).toEqual({ segment: 'enterprise' });
      expect((await alice.adapter.getProfile()).attributes).toEqual({ segment: 'enterprise' });
    });

    it('attributes - holds at most maxEntries, removals making room', async () => {
      const { adapter } = world().alice;
      let profile = await adapter.getProfile();
      const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${i}`, `value ${i}`]));
      profile = await adapter.updateProfile({ attributes: twenty }, profile.version);
      expect(Object.keys(profile.attributes ?? {})).toHaveLength(20);
      const error = await expectProfileError(adapter.updateProfile({ attributes: { one: 'too many' } }, profile.version), 'validation');
      expect(error.fields).toEqual({ attributes: 'At most 20 attributes' });
      profile = await adapter.updateProfile({ attributes: { key0: null, one: 'fits now' } }, profile.version);
      expect(Object.keys(profile.attributes ?? {})).toHaveLength(20);
      expect(profile.attributes).toMatchObject({ one: 'fits now' });
    });

    it('attributes - refuses a bad key or value, naming it', async () => {
      const { adapter } = world().alice;
      const { version } = await adapter.getProfile();
      const bad: Record<string, unknown> = {
        'has space': 'x',
        ['k'.repeat(41)]: 'x',
        blank: '   ',
        control: 'a\u0007b',
        long: 'v'.repeat(501),
        number: 42,
      };
      const error = await expectProfileError(adapter.updateProfile({ attributes: bad } as ProfilePatch, version), 'validation');
      expect(Object.keys(error.fields ?? {}).sort()).toEqual(Object.keys(bad).map((k) => `attributes.${k}`).sort());
      expect(error.fields?.['attributes.has space']).toBe('Use letters, digits, _ - and . only');
      expect(error.fields?.['attributes.blank']).toBe('Required');
      expect((await adapter.getProfile()).version).toBe(version);
    });

    it('attributes - refuses the reserved keys (a validation error, or a body refused outright)', async () => {
      const { adapter } = world().alice;
      const { version } = await adapter.getProfile();
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const attributes = JSON.parse(`{"${key}": "x"}`) as Record<string, string>;
        const outcome = await adapter.updateProfile({ attributes }, version).then(
          () => 'saved',
          (error: unknown) => (isProfileError(error) ? error.code : String(error)),
        );
        expect(['validation', 'malformed_json']).toContain(outcome);
      }
      expect((await adapter.getProfile()).version).toBe(version);
    });

    it('attributes - one audit entry per save, with before and after per key', async () => {
      const { alice, admin } = world();
      const before = await auditCount(admin.adapter, alice.id);
      let profile = await alice.adapter.getProfile();
      profile = await alice.adapter.updateProfile({ attributes: { team: 'red', size: 'M' } }, profile.version);
      profile = await alice.adapter.updateProfile({ attributes: { team: 'blue', size: null } }, profile.version);
      expect(await auditCount(admin.adapter, alice.id)).toBe(before + 2);
      const [latest, first] = (await admin.adapter.listAudit(alice.id, { limit: 2 })).items;
      const byField = (changes: { field: string }[] = []) => [...changes].sort((a, b) => a.field.localeCompare(b.field));
      expect(byField(first?.changes)).toEqual([
        { field: 'attributes.size', before: null, after: 'M' },
        { field: 'attributes.team', before: null, after: 'red' },
      ]);
      expect(byField(latest?.changes)).toEqual([
        { field: 'attributes.size', before: 'M', after: null },
        { field: 'attributes.team', before: 'red', after: 'blue' },
      ]);
    });
  });
}

/** Attribute access, on `selfOnlyAttributesConfig`: read-only for the user, hidden from admins. */
export function attributeAccessTests({ describe, expect, it }: TestApi, world: () => World) {
  describe('attributes access', () => {
    it('attributes - refuses a write the viewer sees but may not make (forbidden_field)', async () => {
      const { adapter } = world().alice;
      const config = await adapter.getConfig();
      expect(config.access.self.attributes).toEqual({ visible: true, editable: false, reason: 'not-permitted' });
      const profile = await adapter.getProfile();
      expect(profile.attributes).toEqual({});
      const error = await expectProfileError(adapter.updateProfile({ attributes: { team: 'red' } }, profile.version), 'forbidden_field');
      expect(Object.keys(error.fields ?? {})).toEqual(['attributes']);
    });

    it('attributes - hidden from a viewer who may not see them, and unknown to their writes', async () => {
      const { alice, admin } = world();
      const config = await admin.adapter.getConfig();
      expect(config.access.other?.attributes?.visible ?? false).toBe(false);
      const profile = await admin.adapter.getUser(alice.id);
      expect(profile).not.toHaveProperty('attributes');
      const error = await expectProfileError(admin.adapter.updateUser(alice.id, { attributes: { team: 'red' } }, profile.version), 'validation');
      expect(error.fields).toEqual({ attributes: 'Unknown field' });
    });
  });
}
