import type { TestApi } from '../runner/test-api';
import type { ProfilePatch } from '../../core';
import { auditCount, expectProfileError, type World } from './adapter-fixtures';

/** Every field `self` may never write through a profile patch. */
export const SELF_FORBIDDEN_FIELDS = {
  id: 'someone-else',
  email: 'mallory@example.com',
  emailVerified: true,
  pendingEmail: 'mallory@example.com',
  roles: ['admin'],
  createdAt: '2000-01-01T00:00:00.000Z',
  identities: [{ provider: 'github', subject: '1', linkedAt: '2000-01-01' }],
  billing: { plan: 'enterprise' },
  apiKeys: [],
  version: 99,
  status: 'active',
  purgeAt: null,
  suspension: null,
} as const;

export function updateTests({ describe, expect, it }: TestApi, world: () => World) {
  describe('updateProfile', () => {
    it('updateProfile - saves a partial change, bumps the version by one, keeps the rest', async () => {
      const { adapter } = world().alice;
      const before = await adapter.getProfile();
      const after = await adapter.updateProfile({ company: 'Wonderland Ltd', phone: '+44 20 7946 0958' }, before.version);
      expect(after.version).toBe(before.version + 1);
      expect(after).toMatchObject({ company: 'Wonderland Ltd', phone: '+44 20 7946 0958', name: 'Alice Liddell' });
      expect(await adapter.getProfile()).toEqual(after);
    });

    it('updateProfile - splits name into given and family name', async () => {
      const { adapter } = world().alice;
      let profile = await adapter.getProfile();
      profile = await adapter.updateProfile({ name: '  Ada   King  Lovelace ' }, profile.version);
      expect(profile).toMatchObject({ name: 'Ada King Lovelace', givenName: 'Ada', familyName: 'King Lovelace' });
      profile = await adapter.updateProfile({ name: 'Cher' }, profile.version);
      expect(profile).toMatchObject({ givenName: 'Cher', familyName: null });
    });

    it('updateProfile - keeps given and family name independently editable', async () => {
      const { adapter } = world().alice;
      let profile = await adapter.getProfile();
      profile = await adapter.updateProfile({ name: 'Alice Liddell', givenName: 'Alicia' }, profile.version);
      expect(profile).toMatchObject({ givenName: 'Alicia', familyName: 'Liddell' });
      profile = await adapter.updateProfile({ familyName: 'Pleasance' }, profile.version);
      expect(profile).toMatchObject({ name: 'Alice Liddell', givenName: 'Alicia', familyName: 'Pleasance' });
    });

    it('updateProfile - clears an optional field with null or ""', async () => {
      const { adapter } = world().alice;
      let profile = await adapter.getProfile();
      profile = await adapter.updateProfile({ company: 'Acme', phone: '+1 555 0100' }, profile.version);
      profile = await adapter.updateProfile({ company: null, phone: '' }, profile.version);
      expect(profile).toMatchObject({ company: null, phone: null });
    });

    it('updateProfile - canonicalises the locale and refuses a malformed tag', async () => {
      const { adapter } = world().alice;
      let profile = await adapter.getProfile();
      profile = await adapter.updateProfile({ locale: 'en-gb' }, profile.version);
      expect(profile.locale).toBe('en-GB');
      const error = await expectProfileError(adapter.updateProfile({ locale: 'not a locale!' }, profile.version), 'validation');
      expect(Object.keys(error.fields ?? {})).toEqual(['locale']);
    });

    it('updateProfile - validates each custom field type', async () => {
      const { adapter } = world().alice;
      let profile = await adapter.getProfile();
      // Stored as given, bar the backup email (trimmed, lower-cased).
      const kept = { height: 180, weight: 72.5, fitnessGoal: 'endurance', newsletter: true, interests: ['running', 'yoga'], birthday: '1990-05-04', website: 'https://alice.example' };
      const custom = { ...kept, backupEmail: ' Alice.Backup@Example.org ', mobile: '+1 (555) 010-0199', bio: 'Line one\nLine two', displayHandle: 'alice' };
      profile = await adapter.updateProfile({ custom }, profile.version);
      expect(profile.custom).toMatchObject({ ...kept, backupEmail: 'alice.backup@example.org', bio: 'Line one\nLine two' });
      const bad: Record<string, unknown> = {
        height: '180',
        weight: 72.55,
        fitnessGoal: 'sleep',
        newsletter: 'yes',
        interests: ['running', 'cycling', 'yoga'],
        birthday: '1990-13-45',
        website: 'javascript:alert(1)',
        backupEmail: 'not-an-email',
        mobile: 'call me',
        displayHandle: null,
      };
      const error = await expectProfileError(adapter.updateProfile({ custom: bad } as ProfilePatch, profile.version), 'validation');
      expect(Object.keys(error.fields ?? {}).sort()).toEqual(Object.keys(bad).map((k) => `custom.${k}`).sort());
      expect((await adapter.getProfile()).version).toBe(profile.version);
    });

    it('updateProfile - refuses an unknown key, naming it', async () => {
      const { adapter } = world().alice;
      const { version } = await adapter.getProfile();
      const error = await expectProfileError(adapter.updateProfile({ nickname: 'Al' } as ProfilePatch, version), 'validation');
      expect(error.fields).toHaveProperty('nickname');
      const custom = await expectProfileError(
        adapter.updateProfile({ custom: { shoeSize: 38 } } as ProfilePatch, version),
        'validation',
      );
      expect(custom.fields).toHaveProperty(['custom.shoeSize']);
    });

    it('updateProfile - treats a custom field hidden from the viewer as unknown', async () => {
      const { adapter } = world().alice;
      const { version } = await adapter.getProfile();
      const error = await expectProfileError(adapter.updateProfile({ custom: { internalNote: 'hi' } }, version), 'validation');
      expect(error.fields).toHaveProperty(['custom.internalNote']);
    });

    it('updateProfile - refuses a custom field the viewer sees but may not edit', async () => {
      const { adapter } = world().alice;
      const { version } = await adapter.getProfile();
      const error = await expectProfileError(adapter.updateProfile({ custom: { memberTier: 'pro' } }, version), 'forbidden_field');
      expect(Object.keys(error.fields ?? {})).toEqual(['custom.memberTier']);
    });

    for (const [field, value] of Object.entries(SELF_FORBIDDEN_FIELDS)) {
      it(`updateProfile - refuses "${field}" from self, naming it, and writes nothing`, async () => {
        const { alice, admin } = world();
        const before = await alice.adapter.getProfile();
        const audits = await auditCount(admin.adapter, alice.id);
        const error = await expectProfileError(
          alice.adapter.updateProfile({ company: 'Sneaky', [field]: value } as ProfilePatch, before.version),
          'forbidden_field',
        );
        expect(Object.keys(error.fields ?? {})).toEqual([field]);
        expect(await alice.adapter.getProfile()).toEqual(before);
        expect(await auditCount(admin.adapter, alice.id)).toBe(audits);
      });
    }

    it('updateProfile - refuses a stale version and writes nothing', async () => {
      const { alice, admin } = world();
      const { version } = await alice.adapter.getProfile();
      await alice.adapter.updateProfile({ company: 'First' }, version);
      const audits = await auditCount(admin.adapter, alice.id);
      await expectProfileError(alice.adapter.updateProfile({ company: 'Second' }, version), 'version_conflict');
      expect((await alice.adapter.getProfile()).company).toBe('First');
      expect(await auditCount(admin.adapter, alice.id)).toBe(audits);
    });

    it('updateProfile - lets exactly one of 20 concurrent updates from one version win, with one audit entry', async () => {
      const { alice, admin } = world();
      const { version } = await alice.adapter.getProfile();
      const audits = await auditCount(admin.adapter, alice.id);
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => alice.adapter.updateProfile({ company: `Company ${i}` }, version)),
      );
      const winners = results.filter((r) => r.status === 'fulfilled');
      const losers = results.filter((r) => r.status === 'rejected');
      expect(winners).toHaveLength(1);
      for (const loser of losers) expect((loser as PromiseRejectedResult).reason).toMatchObject({ code: 'version_conflict' });
      const final = await alice.adapter.getProfile();
      expect(final).toEqual((winners[0] as PromiseFulfilledResult<unknown>).value);
      expect(final.version).toBe(version + 1);
      expect(await auditCount(admin.adapter, alice.id)).toBe(audits + 1);
    });

    it('updateProfile - writes nothing for a patch that changes nothing', async () => {
      const { alice, admin } = world();
      const before = await alice.adapter.getProfile();
      const audits = await auditCount(admin.adapter, alice.id);
      const after = await alice.adapter.updateProfile({ name: 'Alice Liddell' }, before.version);
      expect(after.version).toBe(before.version);
      expect(await auditCount(admin.adapter, alice.id)).toBe(audits);
    });

    it('updateProfile - toggles notifications but never a mandatory topic', async () => {
      const { adapter } = world().alice;
      let profile = await adapter.getProfile();
      profile = await adapter.updateProfile({ notifications: { email: { marketing: true }, sms: { workouts: false } } }, profile.version);
      expect(profile.notifications).toEqual({
        email: { security: true, workouts: true, marketing: true },
        sms: { security: true, workouts: false },
      });
      const error = await expectProfileError(
        adapter.updateProfile({ notifications: { email: { security: false } } }, profile.version),
        'validation',
      );
      expect(error.fields).toHaveProperty(['notifications.email.security']);
      await expectProfileError(adapter.updateProfile({ notifications: { sms: { marketing: true } } }, profile.version), 'validation');
      await expectProfileError(adapter.updateProfile({ notifications: { fax: { security: true } } }, profile.version), 'validation');
    });

    it('updateProfile - audits a notification switch from the value the user saw (the default where they made no choice)', async () => {
      const { alice, admin } = world();
      let profile = await alice.adapter.getProfile();
      // Workout reminders are on by default; Offers off.
      expect(profile.notifications?.sms?.workouts).toBe(true);
      const audits = await auditCount(admin.adapter, alice.id);
      profile = await alice.adapter.updateProfile({ notifications: { sms: { workouts: false }, email: { marketing: true } } }, profile.version);
      const [entry] = (await admin.adapter.listAudit(alice.id, { limit: 1 })).items;
      expect([...(entry?.changes ?? [])].sort((x, y) => x.field.localeCompare(y.field))).toEqual([
        { field: 'notifications.email.marketing', before: false, after: true },
        { field: 'notifications.sms.workouts', before: true, after: false },
      ]);
      // Back on: from the stored choice. Then a choice that leaves what the user sees as it was is no change.
      profile = await alice.adapter.updateProfile({ notifications: { sms: { workouts: true } } }, profile.version);
      const [back] = (await admin.adapter.listAudit(alice.id, { limit: 1 })).items;
      expect(back?.changes).toEqual([{ field: 'notifications.sms.workouts', before: false, after: true }]);
      const same = await alice.adapter.updateProfile({ notifications: { email: { workouts: true } } }, profile.version);
      expect(same.version).toBe(profile.version);
      expect(await auditCount(admin.adapter, alice.id)).toBe(audits + 2);
    });

    it('updateProfile - refuses values of the wrong type (no coercion) and over-long text', async () => {
      const { adapter } = world().alice;
      const { version } = await adapter.getProfile();
      await expectProfileError(adapter.updateProfile({ company: 42 } as unknown as ProfilePatch, version), 'validation');
      await expectProfileError(adapter.updateProfile({ name: 'x'.repeat(10_000) }, version), 'validation');
      await expectProfileError(adapter.updateProfile({ name: 'Alice\u0000' }, version), 'validation');
      await expectProfileError(adapter.updateProfile({ picture: 'http://insecure.example/a.png' }, version), 'validation');
      await expectProfileError(adapter.updateProfile([] as unknown as ProfilePatch, version), 'validation');
    });

    it('updateProfile - refuses a signed-out caller', async () => {
      await expectProfileError(world().anonymous.updateProfile({ company: 'x' }, 1), 'unauthenticated');
    });
  });
}
