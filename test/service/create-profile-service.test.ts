import { describe, expect, it, vi } from 'vitest';
import { defineProfileConfig } from '../../src/core';
import { createMemoryStore, createOutboxMailer, createProfileService, type Mailer } from '../../src/server';
import { exampleConfig } from '../../src/testing';
import { codeOf, testHasher } from '../support/memory-harness';

function makeService(overrides: Partial<Parameters<typeof createProfileService>[0]> = {}) {
  const mailer = createOutboxMailer();
  const service = createProfileService({
    store: createMemoryStore(),
    config: exampleConfig,
    passwords: testHasher,
    mailer,
    verificationUrl: (token) => `https://app.example/verify?token=${token}`,
    ...overrides,
  });
  return { service, mailer };
}

const admin = { userId: 'root', roles: ['admin'] };

describe('createAccount', () => {
  it('signs a user up: password policy applied, hash stored, the user the actor', async () => {
    const { service } = makeService();
    const profile = await service.createAccount(null, { email: 'New@Example.com', password: 'Pelican-Rover-Fig-29', name: 'New User' });
    expect(profile).toMatchObject({ email: 'new@example.com', emailVerified: false, givenName: 'New', familyName: 'User', version: 1 });
    const audit = await service.listAudit(admin, profile.id);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ action: 'account.create', actorId: profile.id });
  });

  it('keeps privileged fields for admins', async () => {
    const { service } = makeService();
    expect(await codeOf(service.createAccount(null, { email: 'a@example.com', roles: ['admin'] }))).toBe('forbidden_field');
    expect(await codeOf(service.createAccount(null, { email: 'a@example.com', emailVerified: true }))).toBe('forbidden_field');
    expect(await codeOf(service.createAccount(null, { email: 'a@example.com', id: 'chosen' }))).toBe('forbidden_field');
    const made = await service.createAccount(admin, { id: 'chosen', email: 'a@example.com', roles: ['admin'], emailVerified: true });
    expect(made).toMatchObject({ id: 'chosen', roles: ['admin'], emailVerified: true });
  });

  it('applies the password policy and refuses taken emails', async () => {
    const { service } = makeService();
    expect(await codeOf(service.createAccount(null, { email: 'a@example.com', password: 'short' }))).toBe('validation');
    await service.createAccount(null, { email: 'a@example.com' });
    expect(await codeOf(service.createAccount(null, { email: ' A@EXAMPLE.COM ' }))).toBe('email_taken');
  });
});

describe('after a save', () => {
  it('a failing mailer does not undo the save; the failure is reported', async () => {
    const failing: Mailer = { send: () => Promise.reject(new Error('SMTP down')) };
    const onBackgroundError = vi.fn();
    const { service } = makeService({ mailer: failing, onBackgroundError });
    const user = await service.createAccount(null, { email: 'u@example.com', password: 'Pelican-Rover-Fig-29' });
    const viewer = { userId: user.id, roles: [] };
    const pending = await service.requestEmailChange(viewer, { email: 'v@example.com', currentPassword: 'Pelican-Rover-Fig-29' });
    expect(pending.pendingEmail).toBe('v@example.com');
    expect(onBackgroundError).toHaveBeenCalledWith(expect.any(Error), 'verification mail');
  });

  it('calls onPasswordChanged and onEmailChanged with the account', async () => {
    const onPasswordChanged = vi.fn();
    const onEmailChanged = vi.fn();
    const { service } = makeService({ onPasswordChanged, onEmailChanged });
    const user = await service.createAccount(null, { email: 'u@example.com', password: 'Pelican-Rover-Fig-29' });
    const viewer = { userId: user.id, roles: [] };
    await service.changePassword(viewer, { currentPassword: 'Pelican-Rover-Fig-29', newPassword: 'Walrus-Lamp-Ocean-51' });
    expect(onPasswordChanged).toHaveBeenCalledWith({ userId: user.id, at: expect.any(String) });
    await service.setUserEmail(admin, user.id, { email: 'w@example.com', verified: true });
    expect(onEmailChanged).toHaveBeenCalledWith({ userId: user.id, previousEmail: 'u@example.com', email: 'w@example.com', at: expect.any(String) });
  });

  it('tells the mailer which account each mail is about, also when an admin acts or the address was left', async () => {
    const { service, mailer } = makeService();
    const user = await service.createAccount(null, { email: 'u@example.com', password: 'Pelican-Rover-Fig-29' });
    const other = await service.createAccount(null, { email: 'o@example.com', password: 'Heron-Maple-Drum-64' });
    const viewer = { userId: user.id, roles: [] };
    await service.requestEmailChange(viewer, { email: 'v@example.com', currentPassword: 'Pelican-Rover-Fig-29' });
    await service.changePassword(viewer, { currentPassword: 'Pelican-Rover-Fig-29', newPassword: 'Walrus-Lamp-Ocean-51' });
    await service.setUserEmail(admin, other.id, { email: 'p@example.com', verified: true });
    expect(mailer.messages().map((m) => [m.kind, m.to, m.accountId])).toEqual([
      ['email-verification', 'v@example.com', user.id],
      ['email-change-requested', 'u@example.com', user.id],
      ['password-changed', 'u@example.com', user.id],
      ['email-changed', 'o@example.com', other.id],
    ]);
  });

  it('builds verification links from the configured URL only', async () => {
    const { service, mailer } = makeService();
    const user = await service.createAccount(null, { email: 'u@example.com', password: 'Pelican-Rover-Fig-29' });
    await service.requestEmailChange({ userId: user.id, roles: [] }, { email: 'v@example.com', currentPassword: 'Pelican-Rover-Fig-29' });
    const link = mailer.messages().find((m) => m.kind === 'email-verification')?.link;
    expect(link).toMatch(/^https:\/\/app\.example\/verify\?token=[A-Za-z0-9_-]{43}$/);
  });
});

describe('shouldNotify (service)', () => {
  it('reads the stored account', async () => {
    const { service } = makeService();
    const user = await service.createAccount(null, { email: 'u@example.com' });
    const viewer = { userId: user.id, roles: [] };
    await service.updateProfile(viewer, user.id, { notifications: { email: { marketing: true } } }, 1);
    expect(await service.shouldNotify(user.id, 'email', 'marketing')).toBe(true);
    expect(await service.shouldNotify(user.id, 'sms', 'security')).toBe(true);
    expect(await codeOf(service.shouldNotify('nobody', 'email', 'security'))).toBe('not_found');
  });
});

describe('service inputs', () => {
  it('refuses a malformed viewer as unauthenticated and a missing version as precondition_required', async () => {
    const { service } = makeService({ config: defineProfileConfig() });
    const user = await service.createAccount(null, { email: 'u@example.com' });
    expect(await codeOf(service.getProfile({ userId: '', roles: [] }, user.id))).toBe('unauthenticated');
    expect(await codeOf(service.getProfile({ userId: 'x' } as never, user.id))).toBe('unauthenticated');
    const viewer = { userId: user.id, roles: [] };
    expect(await codeOf(service.updateProfile(viewer, user.id, { company: 'x' }, undefined))).toBe('precondition_required');
    expect(await codeOf(service.updateProfile(viewer, user.id, { company: 'x' }, '1'))).toBe('precondition_required');
    expect(await codeOf(service.listAccounts(admin, { limit: 'ten' }))).toBe('validation');
    expect(await codeOf(service.listAccounts(admin, { cursor: 'garbage!!' }))).toBe('validation');
  });
});

describe('what counts as a change', () => {
  it('a patch that only reorders an object’s keys writes nothing', async () => {
    const { service } = makeService();
    const user = await service.createAccount(admin, { email: 'u@example.com', billing: { plan: 'pro', seats: 2 } });
    const same = await service.updateProfile(admin, user.id, { billing: { seats: 2, plan: 'pro' } }, user.version);
    expect(same.version).toBe(user.version);
    expect((await service.listAudit(admin, user.id)).items).toHaveLength(1);
  });
});
