import { isProfileError, type ProfileConfig } from '../../src/core';
import { createOutboxMailer, createPbkdf2Hasher, createProfileService, type ProfileServiceOptions, type ProfileStore } from '../../src/service';

/** A test clock that only moves when told to. */
export function createTestClock(start = Date.parse('2026-11-23T10:00:00.000Z')) {
  let now = start;
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Cheap but real hashing for tests: the production default is 600,000 iterations. */
export const testHasher = createPbkdf2Hasher({ iterations: 1_000 });

/** A service over `store` with a test clock, an outbox and the cheap hasher: what the HTTP tests run. */
export function createTestService(
  store: ProfileStore,
  config: ProfileConfig,
  verificationUrl: (token: string) => string,
  options: Partial<ProfileServiceOptions> = {},
) {
  const clock = createTestClock();
  const mailer = createOutboxMailer({ clock: clock.now });
  // Invitation links beside the verification links (their page is /invitations/accept).
  const invitationUrl = (token: string) => verificationUrl(token).replace('/email/verify?', '/invitations/accept?');
  const service = createProfileService({ store, config, mailer, passwords: testHasher, clock: clock.now, verificationUrl, invitationUrl, ...options });
  return { service, mailer, clock };
}

/** What `promise` comes to: `'resolved'`, the code of the ProfileError it rejects with, or the other error itself. */
export async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (e: unknown) => (isProfileError(e) ? e.code : e),
  );
}
