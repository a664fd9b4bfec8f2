import type { TestApi } from '../runner/test-api';
import { expectProfileError, PASSWORDS, type World } from './adapter-fixtures';
import { stateIssue } from './deletion-tests';

export function suspensionTests({ describe, expect, it }: TestApi, world: () => World) {
  describe('suspendUser / reactivateUser', () => {
    it('suspendUser - the holder still reads why, but every write of theirs is refused', async () => {
      const { alice, admin } = world();
      const before = await admin.adapter.getUser(alice.id);
      const suspended = await admin.adapter.suspendUser(alice.id, { reason: '  Spam reports  ' });
      expect(suspended).toMatchObject({ status: 'suspended', suspension: { reason: 'Spam reports' }, version: before.version + 1 });
      const own = await alice.adapter.getProfile();
      expect(own).toMatchObject({ status: 'suspended', suspension: { reason: 'Spam reports', at: suspended.suspension!.at } });
      await alice.adapter.getConfig();
      await alice.adapter.exportAccount();
      await expectProfileError(alice.adapter.updateProfile({ company: 'Nope' }, own.version), 'account_suspended');
      await expectProfileError(alice.adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh }), 'account_suspended');
      await expectProfileError(alice.adapter.requestEmailChange({ email: 'elsewhere@example.com', currentPassword: PASSWORDS.alice }), 'account_suspended');
      await expectProfileError(alice.adapter.scheduleDeletion({ currentPassword: PASSWORDS.alice }), 'account_suspended');
      expect((await alice.adapter.getProfile()).version).toBe(own.version);
    });

    it('suspendUser / reactivateUser - one audit entry each, by the admin, with the reason; writes work again', async () => {
      const { alice, admin } = world();
      await admin.adapter.suspendUser(alice.id, { reason: 'Chargeback' });
      const [suspended] = (await admin.adapter.listAudit(alice.id, { limit: 1 })).items;
      expect(suspended).toMatchObject({ action: 'account.suspended', actorId: admin.id });
      expect(suspended!.changes).toEqual(
        expect.arrayContaining([
          { field: 'status', before: 'active', after: 'suspended' },
          { field: 'suspensionReason', before: null, after: 'Chargeback' },
        ]),
      );
      const reactivated = await admin.adapter.reactivateUser(alice.id);
      expect(reactivated).toMatchObject({ status: 'active', suspension: null });
      expect((await admin.adapter.listAudit(alice.id, { limit: 1 })).items[0]).toMatchObject({ action: 'account.reactivated', actorId: admin.id });
      await alice.adapter.updateProfile({ company: 'Back' }, (await alice.adapter.getProfile()).version);
    });

    it('suspendUser / reactivateUser - refuse the wrong state, a stale version, the admin’s own account, other users', async () => {
      const { alice, bob, admin } = world();
      expect(stateIssue(await expectProfileError(admin.adapter.reactivateUser(alice.id), 'invalid_state'))).toBe('notSuspended');
      const { version } = await admin.adapter.suspendUser(alice.id, { reason: 'Spam' });
      expect(stateIssue(await expectProfileError(admin.adapter.suspendUser(alice.id, { reason: 'Again' }), 'invalid_state'))).toBe('alreadySuspended');
      await expectProfileError(admin.adapter.reactivateUser(alice.id, version - 1), 'version_conflict');
      await expectProfileError(admin.adapter.suspendUser(admin.id, { reason: 'Me' }), 'forbidden');
      await expectProfileError(bob.adapter.suspendUser(alice.id, { reason: 'Rival' }), 'forbidden');
      await expectProfileError(bob.adapter.reactivateUser(alice.id), 'forbidden');
      await expectProfileError(admin.adapter.suspendUser('no-such-user', { reason: 'Ghost' }), 'not_found');
      expect(await admin.adapter.getUser(alice.id)).toMatchObject({ status: 'suspended', suspension: { reason: 'Spam' }, version });
    });

    it('suspendUser - refuses an empty, huge or non-text reason, naming it', async () => {
      const { alice, admin } = world();
      for (const reason of ['', '   ', 'x'.repeat(501), 42, null, '\u0007bell']) {
        const error = await expectProfileError(admin.adapter.suspendUser(alice.id, { reason } as never), 'validation');
        expect(Object.keys(error.fields ?? {})).toEqual(['reason']);
      }
      expect((await admin.adapter.getUser(alice.id)).status).toBe('active');
    });

    it('a suspended admin: reads their own profile, and every admin action is refused', async () => {
      const { harness, alice, admin } = world();
      const { userId } = await harness.createAccount({ email: 'second.admin@example.com', password: PASSWORDS.fresh, roles: ['admin'] });
      const second = harness.adapterFor({ userId, roles: ['admin'] });
      await admin.adapter.suspendUser(userId, { reason: 'Compromised' });
      expect((await second.getProfile()).status).toBe('suspended');
      const { version } = await admin.adapter.getUser(alice.id);
      await expectProfileError(second.listUsers(), 'account_suspended');
      await expectProfileError(second.getUser(alice.id), 'account_suspended');
      await expectProfileError(second.updateUser(alice.id, { company: 'Hijacked' }, version), 'account_suspended');
      await expectProfileError(second.listAudit(alice.id), 'account_suspended');
      await expectProfileError(second.reactivateUser(userId), 'forbidden');
      await expectProfileError(second.suspendUser(admin.id, { reason: 'Revenge' }), 'account_suspended');
      await expectProfileError(second.deleteUser(alice.id, { mode: 'immediate' }), 'account_suspended');
      await expectProfileError(second.exportUser(alice.id), 'account_suspended');
      await expectProfileError(second.createUser({ email: 'new@example.com' }), 'account_suspended');
      expect(await admin.adapter.getUser(alice.id)).toMatchObject({ version, status: 'active' });
      expect((await admin.adapter.getUser(admin.id)).status).toBe('active');
    });
  });
}
