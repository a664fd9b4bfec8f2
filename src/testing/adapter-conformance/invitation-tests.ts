import type { SuiteOptions } from './adapter-harness';
import type { TestApi } from '../runner/test-api';
import { expectProfileError, latestToken, PASSWORDS, type World } from './adapter-fixtures';

const DAY = 24 * 60 * 60 * 1000;

export function invitationTests({ describe, expect, it }: TestApi, world: () => World, options: SuiteOptions) {
  const itWithClock = options.clock ? it : it.skip;
  /** An invitation to `email` sent by the admin, and its token. */
  async function invite(email = 'newcomer@example.com') {
    const { harness, admin } = world();
    const profile = await admin.adapter.createUser({ email, givenName: 'New', familyName: 'Comer', invite: true });
    return { profile, token: await latestToken(harness, email, 'invitation') };
  }

  describe('createUser / acceptInvitation', () => {
    it('getConfig - tells each viewer which lifecycle steps they may take', async () => {
      const { alice, admin } = world();
      const user = (await alice.adapter.getConfig()).lifecycle;
      expect(user).toMatchObject({ self: { export: true, delete: true }, other: null, create: false, invite: false });
      expect(user.deletionGraceMs).toBeGreaterThan(0);
      expect((await admin.adapter.getConfig()).lifecycle).toMatchObject({
        self: { export: true, delete: true },
        other: { export: true, delete: true, suspend: true },
        create: true,
        invite: true,
      });
    });

    it('createUser - creates an account with the admin as actor; it lists and opens like any', async () => {
      const { admin } = world();
      const created = await admin.adapter.createUser({ email: ' Carol@Example.com ', name: 'Carol Jones', roles: ['support'] });
      expect(created).toMatchObject({ email: 'carol@example.com', givenName: 'Carol', familyName: 'Jones', roles: ['support'], status: 'active' });
      expect((await admin.adapter.listUsers({ query: 'carol' })).items.map((u) => u.id)).toEqual([created.id]);
      expect((await admin.adapter.listAudit(created.id)).items[0]).toMatchObject({ action: 'account.create', actorId: admin.id });
    });

    it('createUser - refuses a signed-out caller, a non-admin, a taken address, invite with a password', async () => {
      const { alice, admin, anonymous } = world();
      await expectProfileError(anonymous.createUser({ email: 'x@example.com' }), 'unauthenticated');
      await expectProfileError(alice.adapter.createUser({ email: 'x@example.com' }), 'forbidden');
      await expectProfileError(admin.adapter.createUser({ email: 'bob@example.com', invite: true }), 'email_taken');
      const both = await expectProfileError(admin.adapter.createUser({ email: 'x@example.com', invite: true, password: PASSWORDS.fresh }), 'validation');
      expect(both.issues).toEqual({ invite: { code: 'inviteOrPassword' } });
      expect((await admin.adapter.listUsers({ query: 'x@example.com' })).items).toEqual([]);
    });

    it('createUser invite - mails a set-password link; accepting sets the password and verifies the address', async () => {
      const { harness, admin, anonymous } = world();
      const { profile, token } = await invite();
      expect(profile).toMatchObject({ email: 'newcomer@example.com', emailVerified: false });
      expect((await admin.adapter.listAudit(profile.id)).items[0]).toMatchObject({ action: 'account.invited', actorId: admin.id });
      expect(await anonymous.acceptInvitation({ token, password: PASSWORDS.fresh })).toEqual({ email: 'newcomer@example.com' });
      expect(await admin.adapter.getUser(profile.id)).toMatchObject({ emailVerified: true, version: profile.version + 1 });
      const [accepted] = (await admin.adapter.listAudit(profile.id)).items;
      expect(accepted).toMatchObject({ action: 'invitation.accepted', actorId: profile.id });
      expect(accepted!.changes).toContainEqual({ field: 'password', redacted: true });
      // The password is theirs now: it opens the password change.
      const newcomer = harness.adapterFor({ userId: profile.id, roles: [] });
      await newcomer.changePassword({ currentPassword: PASSWORDS.fresh, newPassword: PASSWORDS.bob });
    });

    it('acceptInvitation - a token works once; a forged, tampered or malformed one never', async () => {
      const { anonymous, alice } = world();
      const { token } = await invite();
      const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
      for (const bad of [tampered, '', 'x', `${token}x`, 42, null]) {
        const error = await expectProfileError(anonymous.acceptInvitation({ token: bad as string, password: PASSWORDS.fresh }), 'validation');
        expect(error.issues).toEqual({ token: { code: 'invalidLink' } });
      }
      await alice.adapter.acceptInvitation({ token, password: PASSWORDS.fresh });
      const again = await expectProfileError(anonymous.acceptInvitation({ token, password: PASSWORDS.admin }), 'validation');
      expect(again.issues).toEqual({ token: { code: 'invalidLink' } });
    });

    it('acceptInvitation - a password the policy refuses leaves the link usable', async () => {
      const { admin, anonymous } = world();
      const { profile, token } = await invite();
      for (const password of ['short', 'Newcomer-Comer-1', 'password1234']) {
        const error = await expectProfileError(anonymous.acceptInvitation({ token, password }), 'validation');
        expect(error.issues?.password).toMatchObject({ code: 'password' });
      }
      expect(await admin.adapter.getUser(profile.id)).toMatchObject({ emailVerified: false, version: profile.version });
      await anonymous.acceptInvitation({ token, password: PASSWORDS.fresh });
    });

    it('acceptInvitation - refused for a suspended account', async () => {
      const { admin, anonymous } = world();
      const { profile, token } = await invite();
      await admin.adapter.suspendUser(profile.id, { reason: 'Hired by mistake' });
      await expectProfileError(anonymous.acceptInvitation({ token, password: PASSWORDS.fresh }), 'account_suspended');
      expect((await admin.adapter.getUser(profile.id)).emailVerified).toBe(false);
    });

    itWithClock('acceptInvitation - refuses an expired link', async () => {
      const { harness, admin, anonymous } = world();
      const { profile, token } = await invite();
      await harness.advanceClock!(7 * DAY + 1000);
      await expectProfileError(anonymous.acceptInvitation({ token, password: PASSWORDS.fresh }), 'validation');
      expect((await admin.adapter.getUser(profile.id)).emailVerified).toBe(false);
    });
  });
}
