import type { TestApi } from '../runner/test-api';
import { ERASED } from '../../service';
import { expectProfileError, PASSWORDS, type World } from './adapter-fixtures';

/** The code of the `status` issue an `invalid_state` error carries. */
export const stateIssue = (error: { issues?: Record<string, { code: string }> }) => error.issues?.status?.code;

export function deletionTests({ describe, expect, it }: TestApi, world: () => World) {
  describe('scheduleDeletion / cancelDeletion', () => {
    it('scheduleDeletion - puts the account pending until a future purge date, mails it, audits it', async () => {
      const { harness, alice, admin } = world();
      const before = await alice.adapter.getProfile();
      expect(before).toMatchObject({ status: 'active', purgeAt: null });
      const result = await alice.adapter.scheduleDeletion({ currentPassword: PASSWORDS.alice });
      expect(result.erased).toBe(false);
      const profile = await alice.adapter.getProfile();
      expect(profile).toMatchObject({ status: 'pending_deletion', purgeAt: result.purgeAt, version: before.version + 1 });
      const mail = (await harness.sentMail()).filter((m) => m.kind === 'account-deletion-scheduled');
      expect(mail.map((m) => m.to)).toEqual(['alice@example.com']);
      expect(mail[0]!.text).toContain(result.purgeAt.slice(0, 10));
      const [entry] = (await admin.adapter.listAudit(alice.id)).items;
      expect(entry).toMatchObject({ action: 'account.deletion_scheduled', actorId: alice.id });
      expect(entry!.changes).toContainEqual({ field: 'status', before: 'active', after: 'pending_deletion' });
      expect(Date.parse(result.purgeAt)).toBeGreaterThan(Date.parse(entry!.at));
    });

    it('scheduleDeletion - an account pending deletion still works, and cancelDeletion makes it active again', async () => {
      const { alice, admin } = world();
      await alice.adapter.scheduleDeletion({ currentPassword: PASSWORDS.alice });
      const edited = await alice.adapter.updateProfile({ company: 'Still here' }, (await alice.adapter.getProfile()).version);
      const cancelled = await alice.adapter.cancelDeletion({ currentPassword: PASSWORDS.alice }, edited.version);
      expect(cancelled).toMatchObject({ status: 'active', purgeAt: null, company: 'Still here', version: edited.version + 1 });
      expect((await admin.adapter.listAudit(alice.id, { limit: 1 })).items[0]).toMatchObject({ action: 'account.deletion_cancelled', actorId: alice.id });
    });

    it('scheduleDeletion / cancelDeletion - a wrong password changes nothing', async () => {
      const { harness, alice } = world();
      await expectProfileError(alice.adapter.scheduleDeletion({ currentPassword: 'Wrong-Guess-123' }), 'invalid_current_password');
      expect(await alice.adapter.getProfile()).toMatchObject({ status: 'active' });
      await alice.adapter.scheduleDeletion({ currentPassword: PASSWORDS.alice });
      const pending = await alice.adapter.getProfile();
      await expectProfileError(alice.adapter.cancelDeletion({ currentPassword: 'Wrong-Guess-123' }), 'invalid_current_password');
      expect(await alice.adapter.getProfile()).toEqual(pending);
      expect((await harness.sentMail()).filter((m) => m.kind === 'account-deletion-scheduled')).toHaveLength(1);
    });

    it('scheduleDeletion / cancelDeletion - refuse the wrong state with invalid_state and an issue id', async () => {
      const { alice } = world();
      expect(stateIssue(await expectProfileError(alice.adapter.cancelDeletion({ currentPassword: PASSWORDS.alice }), 'invalid_state'))).toBe('noDeletionScheduled');
      await alice.adapter.scheduleDeletion({ currentPassword: PASSWORDS.alice });
      const pending = await alice.adapter.getProfile();
      expect(stateIssue(await expectProfileError(alice.adapter.scheduleDeletion({ currentPassword: PASSWORDS.alice }), 'invalid_state'))).toBe('deletionScheduled');
      expect(await alice.adapter.getProfile()).toEqual(pending);
    });

    it('scheduleDeletion / cancelDeletion - refuse a stale version, and a signed-out caller', async () => {
      const { alice, anonymous } = world();
      const { version } = await alice.adapter.getProfile();
      await expectProfileError(alice.adapter.scheduleDeletion({ currentPassword: PASSWORDS.alice }, version + 1), 'version_conflict');
      await expectProfileError(anonymous.scheduleDeletion({ currentPassword: PASSWORDS.alice }), 'unauthenticated');
      await alice.adapter.scheduleDeletion({ currentPassword: PASSWORDS.alice }, version);
      await expectProfileError(alice.adapter.cancelDeletion({ currentPassword: PASSWORDS.alice }, version), 'version_conflict');
      await expectProfileError(anonymous.cancelDeletion({ currentPassword: PASSWORDS.alice }), 'unauthenticated');
      expect((await alice.adapter.getProfile()).status).toBe('pending_deletion');
    });
  });

  describe('deleteUser / cancelUserDeletion', () => {
    it('deleteUser - immediate: the account is gone, its trail stays with every value [erased], its address is free', async () => {
      const { harness, alice, admin } = world();
      const result = await admin.adapter.deleteUser(alice.id, { mode: 'immediate' });
      expect(result.erased).toBe(true);
      await expectProfileError(admin.adapter.getUser(alice.id), 'not_found');
      await expectProfileError(alice.adapter.getProfile(), 'not_found');
      const trail = (await admin.adapter.listAudit(alice.id, { limit: 100 })).items;
      expect(trail[0]).toMatchObject({ action: 'account.erased', actorId: admin.id, targetId: alice.id, changes: [] });
      expect(JSON.stringify(trail)).not.toMatch(/alice@example\.com|Alice|Liddell/);
      expect(trail.flatMap((e) => e.changes).filter((c) => !c.redacted && (c.before !== ERASED || c.after !== ERASED))).toEqual([]);
      expect((await harness.sentMail()).filter((m) => m.kind === 'account-erased').map((m) => m.to)).toEqual(['alice@example.com']);
      await harness.createAccount({ email: 'alice@example.com', password: PASSWORDS.fresh });
    });

    it('deleteUser - scheduled: the account is pending as if its holder asked, and an admin can cancel it', async () => {
      const { harness, alice, admin } = world();
      const result = await admin.adapter.deleteUser(alice.id, { mode: 'scheduled' });
      expect(result.erased).toBe(false);
      expect(await admin.adapter.getUser(alice.id)).toMatchObject({ status: 'pending_deletion', purgeAt: result.purgeAt });
      expect((await admin.adapter.listAudit(alice.id, { limit: 1 })).items[0]).toMatchObject({ action: 'account.deletion_scheduled', actorId: admin.id });
      expect((await harness.sentMail()).some((m) => m.kind === 'account-deletion-scheduled' && m.to === 'alice@example.com')).toBe(true);
      expect(stateIssue(await expectProfileError(admin.adapter.deleteUser(alice.id, { mode: 'scheduled' }), 'invalid_state'))).toBe('deletionScheduled');
      expect(await admin.adapter.cancelUserDeletion(alice.id)).toMatchObject({ status: 'active', purgeAt: null });
      expect(stateIssue(await expectProfileError(admin.adapter.cancelUserDeletion(alice.id), 'invalid_state'))).toBe('noDeletionScheduled');
    });

    it('deleteUser - refuses the admin’s own account, other users, unknown ids, a missing mode and a stale version', async () => {
      const { alice, bob, admin } = world();
      const before = await admin.adapter.getUser(alice.id);
      await expectProfileError(admin.adapter.deleteUser(admin.id, { mode: 'immediate' }), 'forbidden');
      await expectProfileError(admin.adapter.cancelUserDeletion(admin.id), 'forbidden');
      await expectProfileError(bob.adapter.deleteUser(alice.id, { mode: 'immediate' }), 'forbidden');
      await expectProfileError(bob.adapter.cancelUserDeletion(alice.id), 'forbidden');
      await expectProfileError(admin.adapter.deleteUser('no-such-user', { mode: 'immediate' }), 'not_found');
      for (const input of [{}, { mode: 'later' }, { mode: 'immediate', extra: 1 }]) {
        const error = await expectProfileError(admin.adapter.deleteUser(alice.id, input as never), 'validation');
        expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
      }
      await expectProfileError(admin.adapter.deleteUser(alice.id, { mode: 'immediate' }, before.version + 1), 'version_conflict');
      expect(await admin.adapter.getUser(alice.id)).toEqual(before);
      expect((await admin.adapter.deleteUser(alice.id, { mode: 'immediate' }, before.version)).erased).toBe(true);
    });
  });
}
