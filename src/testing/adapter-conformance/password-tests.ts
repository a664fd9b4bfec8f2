import type { SuiteOptions } from './adapter-harness';
import type { TestApi } from '../runner/test-api';
import { findSecrets } from '../support/find-secrets';
import { expectProfileError, latestToken, PASSWORDS, type World } from './adapter-fixtures';

const MINUTE = 60_000;

export function passwordTests({ describe, expect, it }: TestApi, world: () => World, options: SuiteOptions) {
  /** Tests that move the backend's clock; skipped when the harness cannot. */
  const itWithClock = options.clock ? it : it.skip;
  describe('changePassword', () => {
    it('changePassword - replaces the password; the old one stops working', async () => {
      const { adapter } = world().alice;
      await adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh });
      await expectProfileError(
        adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: 'Another-Fine-Phrase-77' }),
        'invalid_current_password',
      );
      await adapter.changePassword({ currentPassword: PASSWORDS.fresh, newPassword: 'Another-Fine-Phrase-77' });
    });

    it('changePassword - refuses a wrong current password and keeps the old one', async () => {
      const { adapter } = world().alice;
      const error = await expectProfileError(
        adapter.changePassword({ currentPassword: 'Not-The-Password-1', newPassword: PASSWORDS.fresh }),
        'invalid_current_password',
      );
      expect(error.fields).toHaveProperty('currentPassword');
      await adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh });
    });

    it('changePassword - applies the policy to the new password, naming newPassword', async () => {
      const { adapter } = world().alice;
      const cases = [
        'short-1', // too short
        'x'.repeat(129), // too long
        'qwerty123456', // common
        'alice-is-my-secret-99', // contains the email's local part
        'liddell-forever-2024', // contains the family name
        PASSWORDS.alice, // unchanged
      ];
      for (const newPassword of cases) {
        const error = await expectProfileError(adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword }), 'validation');
        expect(Object.keys(error.fields ?? {})).toEqual(['newPassword']);
      }
    });

    const guessFiveTimes = async (adapter: World['alice']['adapter']) => {
      for (let i = 0; i < 5; i++) {
        await expectProfileError(
          adapter.changePassword({ currentPassword: `Wrong-Guess-${i}-xx`, newPassword: PASSWORDS.fresh }),
          'invalid_current_password',
        );
      }
    };

    it('changePassword - throttles wrong current passwords: the 6th try in 15 minutes is refused, even if right', async () => {
      const { alice } = world();
      await guessFiveTimes(alice.adapter);
      const limited = await expectProfileError(
        alice.adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh }),
        'rate_limited',
      );
      expect(limited.retryAfter).toBeGreaterThan(0);
      expect(limited.retryAfter).toBeLessThanOrEqual(15 * 60);
      await expectProfileError(
        alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice }),
        'rate_limited',
      );
    });

    itWithClock('changePassword - lets the right password through again once the 15 minutes have passed', async () => {
      const { harness, alice } = world();
      await guessFiveTimes(alice.adapter);
      await harness.advanceClock!(14 * MINUTE);
      await expectProfileError(
        alice.adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh }),
        'rate_limited',
      );
      await harness.advanceClock!(MINUTE + 1000);
      await alice.adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh });
    });

    it('changePassword - a right password does not count against the throttle', async () => {
      const { adapter } = world().alice;
      let current: string = PASSWORDS.alice;
      for (let i = 0; i < 6; i++) {
        const next = `Rotating-Phrase-${i}-Zebra`;
        await adapter.changePassword({ currentPassword: current, newPassword: next });
        current = next;
      }
    });

    it('changePassword - voids a pending email link', async () => {
      const { harness, alice } = world();
      await alice.adapter.requestEmailChange({ email: 'alice.new@example.com', currentPassword: PASSWORDS.alice });
      const token = await latestToken(harness, 'alice.new@example.com');
      await alice.adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh });
      expect((await alice.adapter.getProfile()).pendingEmail).toBeNull();
      await expectProfileError(alice.adapter.confirmEmailChange(token), 'validation');
    });

    it('changePassword - audits the change without any secret and notifies the account', async () => {
      const { harness, alice, admin } = world();
      await alice.adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh });
      const [entry] = (await admin.adapter.listAudit(alice.id)).items;
      expect(entry).toMatchObject({ action: 'password.change', actorId: alice.id, targetId: alice.id });
      expect(entry?.changes).toContainEqual({ field: 'password', redacted: true });
      expect(findSecrets(entry, Object.values(PASSWORDS))).toEqual([]);
      const mail = await harness.sentMail();
      expect(mail.some((m) => m.kind === 'password-changed' && m.to === 'alice@example.com')).toBe(true);
    });

    it('changePassword - refuses a signed-out caller', async () => {
      await expectProfileError(
        world().anonymous.changePassword({ currentPassword: PASSWORDS.alice, newPassword: PASSWORDS.fresh }),
        'unauthenticated',
      );
    });
  });
}
