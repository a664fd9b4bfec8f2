import type { SuiteOptions } from './adapter-harness';
import type { TestApi } from '../runner/test-api';
import { expectProfileError, latestToken, PASSWORDS, type World } from './adapter-fixtures';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function emailTests({ describe, expect, it }: TestApi, world: () => World, options: SuiteOptions) {
  /** Tests that move the backend's clock; skipped when the harness cannot. */
  const itWithClock = options.clock ? it : it.skip;
  describe('requestEmailChange', () => {
    it('requestEmailChange - puts the address pending, mails a link to it and a notice to the old one', async () => {
      const { harness, alice } = world();
      const profile = await alice.adapter.requestEmailChange({ email: ' Alice.New@Example.COM ', currentPassword: PASSWORDS.alice });
      expect(profile).toMatchObject({ email: 'alice@example.com', pendingEmail: 'alice.new@example.com' });
      const mail = await harness.sentMail();
      expect(mail.filter((m) => m.kind === 'email-verification').map((m) => m.to)).toEqual(['alice.new@example.com']);
      expect(mail.some((m) => m.kind === 'email-change-requested' && m.to === 'alice@example.com')).toBe(true);
      expect(await latestToken(harness, 'alice.new@example.com')).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    });

    it('requestEmailChange - needs the current password', async () => {
      const { harness, alice } = world();
      await expectProfileError(
        alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: 'Wrong-Guess-123' }),
        'invalid_current_password',
      );
      expect((await alice.adapter.getProfile()).pendingEmail).toBeNull();
      expect((await harness.sentMail()).filter((m) => m.kind === 'email-verification')).toEqual([]);
    });

    it('requestEmailChange - refuses an address another account holds, naming email', async () => {
      const { alice } = world();
      const error = await expectProfileError(
        alice.adapter.requestEmailChange({ email: 'BOB@example.com', currentPassword: PASSWORDS.alice }),
        'email_taken',
      );
      expect(error.fields).toHaveProperty('email');
    });

    it('requestEmailChange - refuses a malformed address and the current one', async () => {
      const { alice } = world();
      for (const email of ['not-an-email', '', 'a@b', `${'x'.repeat(250)}@example.com`, 'alice@example.com']) {
        const error = await expectProfileError(alice.adapter.requestEmailChange({ email, currentPassword: PASSWORDS.alice }), 'validation');
        expect(error.fields).toHaveProperty('email');
      }
    });

    it('requestEmailChange - sends at most 1 verification mail a minute', async () => {
      const { alice } = world();
      await alice.adapter.requestEmailChange({ email: 'a1@example.com', currentPassword: PASSWORDS.alice });
      const limited = await expectProfileError(
        alice.adapter.requestEmailChange({ email: 'a2@example.com', currentPassword: PASSWORDS.alice }),
        'rate_limited',
      );
      expect(limited.retryAfter).toBeGreaterThan(0);
      expect(limited.retryAfter).toBeLessThanOrEqual(60);
      expect((await alice.adapter.getProfile()).pendingEmail).toBe('a1@example.com');
    });

    itWithClock('requestEmailChange - sends at most 10 verification mails an hour', async () => {
      const { harness, alice } = world();
      for (let i = 1; i <= 10; i++) {
        await alice.adapter.requestEmailChange({ email: `a${i}@example.com`, currentPassword: PASSWORDS.alice });
        await harness.advanceClock!(MINUTE + 1000);
      }
      await expectProfileError(
        alice.adapter.requestEmailChange({ email: 'a11@example.com', currentPassword: PASSWORDS.alice }),
        'rate_limited',
      );
      await harness.advanceClock!(HOUR);
      await alice.adapter.requestEmailChange({ email: 'a11@example.com', currentPassword: PASSWORDS.alice });
    });
  });

  describe('confirmEmailChange', () => {
    it('confirmEmailChange - makes the pending address the verified account email and notifies the old one', async () => {
      const { harness, alice, anonymous } = world();
      await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
      const token = await latestToken(harness, 'alice.new@example.com');
      expect(await anonymous.confirmEmailChange(token)).toEqual({ email: 'alice.new@example.com' });
      expect(await alice.adapter.getProfile()).toMatchObject({
        email: 'alice.new@example.com',
        emailVerified: true,
        pendingEmail: null,
      });
      const mail = await harness.sentMail();
      expect(mail.some((m) => m.kind === 'email-changed' && m.to === 'alice@example.com')).toBe(true);
    });

    it('confirmEmailChange - refuses a token used once already', async () => {
      const { harness, alice } = world();
      await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
      const token = await latestToken(harness, 'alice.new@example.com');
      await alice.adapter.confirmEmailChange(token);
      const error = await expectProfileError(alice.adapter.confirmEmailChange(token), 'validation');
      expect(error.fields).toHaveProperty('token');
    });

    itWithClock('confirmEmailChange - refuses an expired token', async () => {
      const { harness, alice } = world();
      await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
      const token = await latestToken(harness, 'alice.new@example.com');
      await harness.advanceClock!(24 * HOUR + 1000);
      await expectProfileError(alice.adapter.confirmEmailChange(token), 'validation');
      expect((await alice.adapter.getProfile()).email).toBe('alice@example.com');
    });

    itWithClock('confirmEmailChange - refuses a token made stale by a newer request', async () => {
      const { harness, alice } = world();
      await alice.adapter.requestEmailChange({ email: 'first@example.com', currentPassword: PASSWORDS.alice });
      const stale = await latestToken(harness, 'first@example.com');
      await harness.advanceClock!(MINUTE + 1000);
      await alice.adapter.requestEmailChange({ email: 'second@example.com', currentPassword: PASSWORDS.alice });
      await expectProfileError(alice.adapter.confirmEmailChange(stale), 'validation');
      await alice.adapter.confirmEmailChange(await latestToken(harness, 'second@example.com'));
      expect((await alice.adapter.getProfile()).email).toBe('second@example.com');
    });

    it('confirmEmailChange - refuses a tampered or malformed token', async () => {
      const { harness, alice } = world();
      await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
      const token = await latestToken(harness, 'alice.new@example.com');
      const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
      for (const bad of [tampered, '', 'x', `${token}x`, token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase()]) {
        await expectProfileError(alice.adapter.confirmEmailChange(bad), 'validation');
      }
      expect((await alice.adapter.getProfile()).pendingEmail).toBe('alice.new@example.com');
    });

    it("confirmEmailChange - refuses another signed-in user's token", async () => {
      const { harness, alice, bob } = world();
      await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
      const token = await latestToken(harness, 'alice.new@example.com');
      await expectProfileError(bob.adapter.confirmEmailChange(token), 'validation');
      expect((await bob.adapter.getProfile()).email).toBe('bob@example.com');
      expect((await alice.adapter.getProfile()).email).toBe('alice@example.com');
    });

    it('confirmEmailChange - rechecks uniqueness: an address taken meanwhile is refused', async () => {
      const { harness, alice, bob, admin } = world();
      await alice.adapter.requestEmailChange({ email: 'shared@example.com', currentPassword: PASSWORDS.alice });
      const token = await latestToken(harness, 'shared@example.com');
      await admin.adapter.setUserEmail(bob.id, { email: 'shared@example.com', verified: true });
      await expectProfileError(alice.adapter.confirmEmailChange(token), 'email_taken');
      expect((await alice.adapter.getProfile()).email).toBe('alice@example.com');
    });
  });

  describe('cancelEmailChange', () => {
    it('cancelEmailChange - clears the pending address and voids its link', async () => {
      const { harness, alice } = world();
      await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
      const token = await latestToken(harness, 'alice.new@example.com');
      const profile = await alice.adapter.cancelEmailChange();
      expect(profile.pendingEmail).toBeNull();
      await expectProfileError(alice.adapter.confirmEmailChange(token), 'validation');
    });

    it('cancelEmailChange - refuses a stale version', async () => {
      const { alice } = world();
      const pending = await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
      await expectProfileError(alice.adapter.cancelEmailChange(pending.version - 1), 'version_conflict');
      expect((await alice.adapter.cancelEmailChange(pending.version)).pendingEmail).toBeNull();
    });
  });
}
