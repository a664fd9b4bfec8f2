import type { TestApi } from '../runner/test-api';
import { profileSchema } from '../../core';
import { findSecrets } from '../support/find-secrets';
import { expectProfileError, PASSWORDS, type World } from './adapter-fixtures';

export function readTests({ describe, expect, it }: TestApi, world: () => World) {
  describe('getConfig', () => {
    it('getConfig - resolves access on the viewer’s own profile', async () => {
      const config = await world().alice.adapter.getConfig();
      expect(config.viewer).toMatchObject({ userId: world().alice.id, isAdmin: false });
      expect(config.access.self.name).toEqual({ visible: true, editable: true, reason: null });
      expect(config.access.self.id).toMatchObject({ visible: true, editable: false, reason: 'immutable' });
      expect(config.access.self.identities).toMatchObject({ visible: true, editable: false, reason: 'external' });
      expect(config.access.self.email).toMatchObject({ visible: true, editable: true, reason: 'email-flow' });
      expect(config.access.self.roles).toMatchObject({ visible: true, editable: false, reason: 'not-permitted' });
      expect(config.access.self['custom.memberTier']).toMatchObject({ visible: true, editable: false });
      expect(config.access.other).toBeNull();
    });

    it('getConfig - leaves fields the viewer can never see out entirely', async () => {
      const config = await world().alice.adapter.getConfig();
      expect(config.fields.billing).toBeUndefined();
      expect(config.fields.apiKeys).toBeUndefined();
      expect(config.custom.internalNote).toBeUndefined();
      expect(config.access.self.billing).toBeUndefined();
      expect(config.access.self['custom.internalNote']).toBeUndefined();
      expect(config.adminRoles).toEqual([]);
    });

    it('getConfig - gives admins access on other users', async () => {
      const config = await world().admin.adapter.getConfig();
      expect(config.viewer.isAdmin).toBe(true);
      expect(config.access.other?.billing).toMatchObject({ visible: true, editable: true });
      expect(config.access.other?.roles).toMatchObject({ visible: true, editable: true });
      expect(config.access.other?.['custom.privateNote']?.visible ?? false).toBe(false);
      expect(config.access.other?.['custom.internalNote']).toMatchObject({ visible: true, editable: true });
    });

    it('getConfig - carries a label only where the app set one: the others a client names by the field’s id', async () => {
      const config = await world().alice.adapter.getConfig();
      expect(config.fields.company).toBeDefined();
      expect(config.fields.company).not.toHaveProperty('label');
      expect(config.fields.email).not.toHaveProperty('label');
      expect(config.attributes).toBeDefined();
      expect(config.attributes).not.toHaveProperty('label'); // the example config keeps the default name
    });

    it('getConfig - refuses a signed-out caller', async () => {
      await expectProfileError(world().anonymous.getConfig(), 'unauthenticated');
    });
  });

  describe('getProfile', () => {
    it('getProfile - returns the merged profile with its version', async () => {
      const profile = await world().alice.adapter.getProfile();
      expect(profileSchema.parse(profile)).toBeTruthy();
      expect(profile).toMatchObject({
        id: world().alice.id,
        email: 'alice@example.com',
        emailVerified: false,
        pendingEmail: null,
        name: 'Alice Liddell',
        givenName: 'Alice',
        familyName: 'Liddell',
      });
      expect(profile.version).toBeGreaterThanOrEqual(1);
      expect(typeof profile.createdAt).toBe('string');
    });

    it('getProfile - fills notification defaults and keeps mandatory topics on', async () => {
      const profile = await world().alice.adapter.getProfile();
      expect(profile.notifications).toEqual({
        email: { security: true, workouts: true, marketing: false },
        sms: { security: true, workouts: true },
      });
    });

    it('getProfile - leaves out fields the viewer may not see', async () => {
      const profile = await world().alice.adapter.getProfile();
      expect(profile).not.toHaveProperty('billing');
      expect(profile).not.toHaveProperty('apiKeys');
      expect(profile.custom ?? {}).not.toHaveProperty('internalNote');
    });

    it('getProfile - never contains a secret', async () => {
      const profile = await world().alice.adapter.getProfile();
      expect(findSecrets(profile, Object.values(PASSWORDS))).toEqual([]);
    });

    it('getProfile - refuses a signed-out caller', async () => {
      await expectProfileError(world().anonymous.getProfile(), 'unauthenticated');
    });
  });
}
