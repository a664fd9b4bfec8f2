import type { TestApi } from '../runner/test-api';
import type { AccountSummary, ProfileAdapter } from '../../core';
import { findSecrets } from '../support/find-secrets';
import { auditCount, expectProfileError, latestToken, PASSWORDS, type World } from './adapter-fixtures';

async function allUsers(admin: ProfileAdapter, query?: string, limit = 2): Promise<AccountSummary[]> {
  const users: AccountSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<ProfileAdapter['listUsers']>> = await admin.listUsers({ query, cursor, limit });
    if (page.items.length > limit) throw new Error(`listUsers returned ${page.items.length} items for limit ${limit}`);
    users.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return users;
}

export function adminTests({ describe, expect, it }: TestApi, world: () => World) {
  describe('admin access', () => {
    it('admin methods - refuse a non-admin with forbidden and write nothing', async () => {
      const { alice, bob } = world();
      const before = await bob.adapter.getProfile();
      await expectProfileError(alice.adapter.listUsers(), 'forbidden');
      await expectProfileError(alice.adapter.getUser(bob.id), 'forbidden');
      await expectProfileError(alice.adapter.updateUser(bob.id, { company: 'Hacked' }, before.version), 'forbidden');
      await expectProfileError(alice.adapter.setUserEmail(bob.id, { email: 'evil@example.com', verified: true }), 'forbidden');
      await expectProfileError(alice.adapter.listAudit(bob.id), 'forbidden');
      expect(await bob.adapter.getProfile()).toEqual(before);
    });

    it('admin methods - refuse a signed-out caller', async () => {
      const { anonymous, bob } = world();
      await expectProfileError(anonymous.listUsers(), 'unauthenticated');
      await expectProfileError(anonymous.getUser(bob.id), 'unauthenticated');
      await expectProfileError(anonymous.listAudit(bob.id), 'unauthenticated');
    });

    it('admin methods - answer not_found for an unknown user', async () => {
      const { admin } = world();
      await expectProfileError(admin.adapter.getUser('no-such-user'), 'not_found');
      await expectProfileError(admin.adapter.updateUser('no-such-user', { company: 'x' }, 1), 'not_found');
      await expectProfileError(admin.adapter.listAudit('no-such-user'), 'not_found');
    });
  });

  describe('listUsers', () => {
    it('listUsers - pages through every account in creation order', async () => {
      const { admin } = world();
      const users = await allUsers(admin.adapter);
      expect(users.map((u) => u.email)).toEqual(['alice@example.com', 'bob@example.com', 'admin@example.com']);
    });

    it('listUsers - searches email and name, case-insensitively', async () => {
      const { admin } = world();
      expect((await allUsers(admin.adapter, 'BOB')).map((u) => u.email)).toEqual(['bob@example.com']);
      expect((await allUsers(admin.adapter, 'liddell')).map((u) => u.email)).toEqual(['alice@example.com']);
      expect(await allUsers(admin.adapter, 'nobody-matches-this')).toEqual([]);
    });
  });

  describe('getUser / updateUser', () => {
    it('getUser - shows admin-only fields to an admin, never secrets, never the user’s private fields', async () => {
      const { alice, admin } = world();
      let own = await alice.adapter.getProfile();
      own = await alice.adapter.updateProfile({ custom: { privateNote: 'only mine' } }, own.version);
      const profile = await admin.adapter.getUser(alice.id);
      expect(profile).toHaveProperty('billing');
      expect(profile).toHaveProperty('apiKeys');
      expect(profile.custom ?? {}).not.toHaveProperty('privateNote');
      expect(findSecrets(profile, [...Object.values(PASSWORDS), 'only mine'])).toEqual([]);
    });

    it('updateUser - edits roles, billing and admin-only fields in place', async () => {
      const { alice, admin } = world();
      const { version } = await admin.adapter.getUser(alice.id);
      const updated = await admin.adapter.updateUser(
        alice.id,
        { roles: ['support'], billing: { plan: 'pro', seats: 5 }, custom: { internalNote: 'VIP', memberTier: 'pro' } },
        version,
      );
      expect(updated).toMatchObject({ roles: ['support'], billing: { plan: 'pro', seats: 5 }, version: version + 1 });
      expect(updated.custom).toMatchObject({ internalNote: 'VIP', memberTier: 'pro' });
      const own = await alice.adapter.getProfile();
      expect(own.roles).toEqual(['support']);
      expect(own.custom ?? {}).not.toHaveProperty('internalNote');
    });

    it('updateUser - still refuses locked fields, naming them', async () => {
      const { alice, admin } = world();
      const { version } = await admin.adapter.getUser(alice.id);
      for (const field of ['id', 'email', 'emailVerified', 'pendingEmail', 'createdAt', 'identities'] as const) {
        const error = await expectProfileError(admin.adapter.updateUser(alice.id, { [field]: 'x' } as never, version), 'forbidden_field');
        expect(Object.keys(error.fields ?? {})).toEqual([field]);
      }
    });

    it('updateUser - refuses a field hidden from admins as unknown', async () => {
      const { alice, admin } = world();
      const { version } = await admin.adapter.getUser(alice.id);
      await expectProfileError(admin.adapter.updateUser(alice.id, { custom: { privateNote: 'x' } }, version), 'validation');
    });

    it('updateUser - refuses a stale version', async () => {
      const { alice, admin } = world();
      const { version } = await admin.adapter.getUser(alice.id);
      await alice.adapter.updateProfile({ company: 'Mine' }, version);
      await expectProfileError(admin.adapter.updateUser(alice.id, { company: 'Theirs' }, version), 'version_conflict');
      expect((await alice.adapter.getProfile()).company).toBe('Mine');
    });
  });

  describe('setUserEmail', () => {
    it('setUserEmail - verified: applies at once, mails nothing to the new address, notifies the old', async () => {
      const { harness, alice, admin } = world();
      const profile = await admin.adapter.setUserEmail(alice.id, { email: 'Alice@Corp.example', verified: true });
      expect(profile).toMatchObject({ email: 'alice@corp.example', emailVerified: true, pendingEmail: null });
      const mail = await harness.sentMail();
      expect(mail.filter((m) => m.to === 'alice@corp.example')).toEqual([]);
      expect(mail.some((m) => m.kind === 'email-changed' && m.to === 'alice@example.com')).toBe(true);
    });

    it('setUserEmail - unverified: goes pending with a verification link', async () => {
      const { harness, alice, admin, anonymous } = world();
      const profile = await admin.adapter.setUserEmail(alice.id, { email: 'alice@corp.example' });
      expect(profile).toMatchObject({ email: 'alice@example.com', pendingEmail: 'alice@corp.example' });
      await anonymous.confirmEmailChange(await latestToken(harness, 'alice@corp.example'));
      expect((await alice.adapter.getProfile()).email).toBe('alice@corp.example');
    });

    it('setUserEmail - refuses an address another account holds', async () => {
      const { alice, admin } = world();
      await expectProfileError(admin.adapter.setUserEmail(alice.id, { email: 'bob@example.com', verified: true }), 'email_taken');
    });

    it('setUserEmail - lets exactly one of 10 concurrent claims of one address win', async () => {
      const { harness, admin } = world();
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        ids.push((await harness.createAccount({ email: `claimant${i}@example.com`, password: PASSWORDS.fresh })).userId);
      }
      const results = await Promise.allSettled(
        ids.map((id) => admin.adapter.setUserEmail(id, { email: 'prize@example.com', verified: true })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((r) => r.status === 'rejected')) {
        expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'email_taken' });
      }
      const holders = (await allUsers(admin.adapter, 'prize@example.com', 50)).map((u) => u.email);
      expect(holders).toEqual(['prize@example.com']);
    });

    it("setUserEmail - refuses an admin's own account (the self flow asks for the password)", async () => {
      const { admin } = world();
      await expectProfileError(admin.adapter.setUserEmail(admin.id, { email: 'me@example.com', verified: true }), 'forbidden');
    });
  });

  describe('listAudit', () => {
    it('listAudit - one entry per successful save, newest first, paged, with before/after', async () => {
      const { alice, admin } = world();
      const start = await auditCount(admin.adapter, alice.id);
      let profile = await alice.adapter.getProfile();
      profile = await alice.adapter.updateProfile({ company: 'One' }, profile.version);
      await expectProfileError(alice.adapter.updateProfile({ company: 'Stale' }, profile.version - 1), 'version_conflict');
      await expectProfileError(alice.adapter.updateProfile({ roles: ['admin'] }, profile.version), 'forbidden_field');
      profile = await alice.adapter.updateProfile({ company: 'Two', phone: '+1 555 0100' }, profile.version);
      expect(await auditCount(admin.adapter, alice.id)).toBe(start + 2);
      const first = await admin.adapter.listAudit(alice.id, { limit: 1 });
      expect(first.items).toHaveLength(1);
      expect(first.items[0]).toMatchObject({ action: 'profile.update', actorId: alice.id, targetId: alice.id });
      expect(first.items[0]?.changes).toEqual(
        expect.arrayContaining([
          { field: 'company', before: 'One', after: 'Two' },
          { field: 'phone', before: null, after: '+1 555 0100' },
        ]),
      );
      const second = await admin.adapter.listAudit(alice.id, { limit: 1, cursor: first.nextCursor });
      expect(second.items[0]?.changes).toEqual([{ field: 'company', before: null, after: 'One' }]);
      expect(Date.parse(first.items[0]!.at)).toBeGreaterThanOrEqual(Date.parse(second.items[0]!.at));
    });

    it('listAudit - records the admin as actor and never holds a secret', async () => {
      const { harness, alice, admin } = world();
      const { version } = await admin.adapter.getUser(alice.id);
      await admin.adapter.updateUser(alice.id, { billing: { plan: 'pro' } }, version);
      await alice.adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh });
      await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.fresh });
      const token = await latestToken(harness, 'alice.new@example.com');
      await alice.adapter.confirmEmailChange(token);
      const entries = (await admin.adapter.listAudit(alice.id, { limit: 100 })).items;
      expect(entries.map((e) => e.action)).toEqual(['email.confirm', 'email.request', 'password.change', 'profile.update', 'account.create']);
      expect(entries[3]).toMatchObject({ actorId: admin.id, targetId: alice.id });
      expect(findSecrets(entries, [...Object.values(PASSWORDS), token])).toEqual([]);
      // The creation records what the account was created with, not every field it lacks.
      const created = entries[4]!.changes.filter((c) => !c.redacted);
      expect(created.map((c) => c.field)).toContain('email');
      expect(created.filter((c) => c.after === null || c.after === '' || (Array.isArray(c.after) && c.after.length === 0))).toEqual([]);
    });

    it('listAudit - withholds values of fields the admin may not see', async () => {
      const { alice, admin } = world();
      const { version } = await alice.adapter.getProfile();
      await alice.adapter.updateProfile({ custom: { privateNote: 'diary' } }, version);
      const [entry] = (await admin.adapter.listAudit(alice.id)).items;
      expect(entry?.changes).toEqual([{ field: 'custom.privateNote', redacted: true }]);
    });
  });
}
