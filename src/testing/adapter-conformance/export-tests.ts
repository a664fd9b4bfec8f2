import type { AccountExport } from '../../core';
import type { TestApi } from '../runner/test-api';
import { findSecrets } from '../support/find-secrets';
import { expectProfileError, PASSWORDS, type World } from './adapter-fixtures';

/** The shape every export keeps (version 1). */
function expectExportShape(expect: TestApi['expect'], document: AccountExport, id: string) {
  expect(document).toMatchObject({ format: 'profilekit.account-export', version: 1, account: { id, status: 'active', purgeAt: null } });
  expect(Object.keys(document).sort()).toEqual(['account', 'audit', 'data', 'exportedAt', 'format', 'main', 'notifications', 'version']);
  expect(document.main).not.toHaveProperty('passwordHash');
  expect(findSecrets(document, Object.values(PASSWORDS))).toEqual([]);
}

export function exportTests({ describe, expect, it }: TestApi, world: () => World) {
  describe('exportAccount / exportUser', () => {
    it('exportAccount - everything stored about the viewer, versioned, with no secret', async () => {
      const { alice } = world();
      let profile = await alice.adapter.getProfile();
      profile = await alice.adapter.updateProfile({ custom: { privateNote: 'diary', height: 170 }, attributes: { team: 'red' } }, profile.version);
      await alice.adapter.requestEmailChange({ email: 'alice.next@example.com', currentPassword: PASSWORDS.alice });
      const document = await alice.adapter.exportAccount();
      expectExportShape(expect, document, alice.id);
      expect(document.main).toMatchObject({ email: 'alice@example.com', pendingEmail: 'alice.next@example.com', hasPassword: true, identities: [] });
      expect(document.data).toMatchObject({ name: 'Alice Liddell', custom: { privateNote: 'diary', height: 170 }, attributes: { team: 'red' } });
      expect(document.notifications.email).toMatchObject({ security: true });
      expect(document.audit.asTarget.map((e) => e.action)).toEqual(['account.exported', 'email.request', 'profile.update', 'account.create']);
      expect(document.audit.asTarget[2]!.changes).toContainEqual({ field: 'custom.privateNote', before: null, after: 'diary' });
    });

    it('exportAccount - is audited without moving the version', async () => {
      const { alice, admin } = world();
      const before = await alice.adapter.getProfile();
      await alice.adapter.exportAccount();
      expect((await alice.adapter.getProfile()).version).toBe(before.version);
      expect((await admin.adapter.listAudit(alice.id, { limit: 1 })).items[0]).toMatchObject({ action: 'account.exported', actorId: alice.id, changes: [] });
    });

    it('exportUser - an admin’s export of a user has the values; the admin’s own export names only the fields they changed on others', async () => {
      const { alice, admin } = world();
      const { version } = await admin.adapter.getUser(alice.id);
      await admin.adapter.updateUser(alice.id, { company: 'Wonderland Ltd', custom: { internalNote: 'VIP' } }, version);
      const hers = await admin.adapter.exportUser(alice.id);
      expectExportShape(expect, hers, alice.id);
      expect(hers.data.custom).toMatchObject({ internalNote: 'VIP' });
      expect(hers.audit.asTarget[0]).toMatchObject({ action: 'account.exported', actorId: admin.id });
      const own = await admin.adapter.exportAccount();
      const edit = own.audit.asActor.find((e) => e.targetId === alice.id && e.action === 'profile.update')!;
      expect(edit.changes).toEqual(expect.arrayContaining([{ field: 'company' }, { field: 'custom.internalNote' }]));
      expect(JSON.stringify(own.audit.asActor)).not.toContain('Wonderland');
      expect(own.audit.asTarget.map((e) => e.targetId)).toEqual(own.audit.asTarget.map(() => admin.id));
    });

    it('exportAccount / exportUser - refuse a signed-out caller, another user, an unknown id', async () => {
      const { alice, bob, admin, anonymous } = world();
      await expectProfileError(anonymous.exportAccount(), 'unauthenticated');
      await expectProfileError(anonymous.exportUser(alice.id), 'unauthenticated');
      await expectProfileError(bob.adapter.exportUser(alice.id), 'forbidden');
      await expectProfileError(admin.adapter.exportUser('no-such-user'), 'not_found');
      expect((await admin.adapter.listAudit(alice.id)).items.map((e) => e.action)).not.toContain('account.exported');
    });

    it('exportAccount - at most 10 exports of one account an hour', async () => {
      const { alice, admin } = world();
      for (let i = 0; i < 10; i++) await alice.adapter.exportAccount();
      const limited = await expectProfileError(alice.adapter.exportAccount(), 'rate_limited');
      expect(limited.retryAfter).toBeGreaterThan(0);
      await expectProfileError(admin.adapter.exportUser(alice.id), 'rate_limited');
      await admin.adapter.exportUser(world().bob.id);
    });
  });
}
