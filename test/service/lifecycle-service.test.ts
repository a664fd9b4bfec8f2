import { describe, expect, it, vi } from 'vitest';
import { defineProfileConfig, isActive, resolveViewerConfig } from '../../src/core';
import { createMemoryStore, type ProfileStore } from '../../src/server';
import { exampleConfig } from '../../src/testing';
import { codeOf, createTestService } from '../support/memory-harness';
import { PASSWORDS } from '../support/test-app';

const DAY = 24 * 3_600_000;
const seeder = { userId: 'seed', roles: ['admin'] };
const link = (token: string) => `https://app.example/api/profile/email/verify?token=${token}`;

function setup(options: Parameters<typeof createTestService>[3] = {}, store: ProfileStore = createMemoryStore(), config = exampleConfig) {
  const made = createTestService(store, config, link, options);
  const signUp = async (email: string) => {
    const { id } = await made.service.createAccount(seeder, { email, password: PASSWORDS.fresh, name: 'Erin Example' });
    return { id, viewer: { userId: id, roles: [] as string[] } };
  };
  return { ...made, store, signUp };
}

describe('purgeDueAccounts', () => {
  it('erases only the accounts due, once; mails the address each had; tells the host; frees the address', async () => {
    const onAccountErased = vi.fn();
    const { service, mailer, clock, store, signUp } = setup({ onAccountErased });
    const erin = await signUp('erin@example.com');
    const frank = await signUp('frank@example.com');
    await signUp('gina@example.com');
    await service.scheduleDeletion(erin.viewer, { currentPassword: PASSWORDS.fresh });
    clock.advance(DAY);
    await service.scheduleDeletion(frank.viewer, { currentPassword: PASSWORDS.fresh });
    // Erin changes her address while pending: the last mail goes to the one she has when erased.
    await service.setUserEmail(seeder, erin.id, { email: 'erin.new@example.com', verified: true });
    clock.advance(13 * DAY - 1000);
    expect(await service.purgeDueAccounts()).toEqual({ erased: [] });
    clock.advance(1000);
    expect(await service.purgeDueAccounts()).toEqual({ erased: [erin.id] });
    expect(await service.purgeDueAccounts()).toEqual({ erased: [] });
    expect(await store.getAccount(erin.id)).toBeNull();
    expect((await store.getAccount(frank.id))?.main.deletion).toBeTruthy();
    expect(mailer.messages().filter((m) => m.kind === 'account-erased').map((m) => m.to)).toEqual(['erin.new@example.com']);
    expect(onAccountErased).toHaveBeenCalledWith({ userId: erin.id, at: clock.now().toISOString() });
    const [last] = (await store.listAudit(erin.id, { limit: 1 })).items;
    expect(last).toMatchObject({ action: 'account.erased', actorId: 'system', changes: [] });
    await service.createAccount(null, { email: 'erin.new@example.com', password: PASSWORDS.bob });
  });

  it('a cancellation before the purge keeps the account; the grace period is an option', async () => {
    const { service, clock, store, signUp } = setup({ deletionGracePeriodMs: 3_600_000 });
    const erin = await signUp('erin@example.com');
    const { purgeAt } = await service.scheduleDeletion(erin.viewer, { currentPassword: PASSWORDS.fresh });
    expect(Date.parse(purgeAt) - clock.now().getTime()).toBe(3_600_000);
    await service.cancelDeletion(erin.viewer, { currentPassword: PASSWORDS.fresh });
    clock.advance(2 * 3_600_000);
    expect(await service.purgeDueAccounts()).toEqual({ erased: [] });
    expect(await store.getAccount(erin.id)).not.toBeNull();
  });

  it('a grace period of 0 erases at once, for the holder and for an admin’s scheduled erasure', async () => {
    const { service, store, signUp } = setup({ deletionGracePeriodMs: 0 });
    const erin = await signUp('erin@example.com');
    const frank = await signUp('frank@example.com');
    expect(await service.scheduleDeletion(erin.viewer, { currentPassword: PASSWORDS.fresh })).toMatchObject({ erased: true });
    expect(await service.deleteAccount(seeder, frank.id, { mode: 'scheduled' })).toMatchObject({ erased: true });
    expect(await store.getAccount(erin.id)).toBeNull();
    expect(await store.getAccount(frank.id)).toBeNull();
    expect((await store.listAudit(erin.id, { limit: 1 })).items[0]).toMatchObject({ action: 'account.erased', actorId: erin.id });
    expect(resolveViewerConfig(exampleConfig, erin.viewer, { deletionGraceMs: 0 }).lifecycle.deletionGraceMs).toBe(0);
  });

  it('goes on past an erasure that fails, reporting it', async () => {
    const store = createMemoryStore();
    let broken = '';
    const failing: ProfileStore = { ...store, eraseAccount: async (erasure) => (erasure.id === broken ? Promise.reject(new Error('disk full')) : store.eraseAccount(erasure)) };
    const onBackgroundError = vi.fn();
    const { service, clock, signUp } = setup({ onBackgroundError }, failing);
    const one = await signUp('one@example.com');
    const two = await signUp('two@example.com');
    broken = one.id;
    for (const who of [one, two]) await service.scheduleDeletion(who.viewer, { currentPassword: PASSWORDS.fresh });
    clock.advance(15 * DAY);
    expect(await service.purgeDueAccounts()).toEqual({ erased: [two.id] });
    expect(onBackgroundError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }), `purge of account ${one.id}`);
    expect(await store.getAccount(one.id)).not.toBeNull();
  });
});

describe('the lifecycle in the field config', () => {
  it('defaults follow the admin roles; self is refused where it means nothing', () => {
    const config = defineProfileConfig({ adminRoles: ['staff'] });
    expect(config.lifecycle).toEqual({ export: ['self', 'staff'], delete: ['self', 'staff'], suspend: ['staff'], create: ['staff'] });
    expect(() => defineProfileConfig({ lifecycle: { suspend: ['self', 'admin'] } })).toThrow(/lifecycle\.suspend/);
    expect(() => defineProfileConfig({ lifecycle: { create: ['self'] } })).toThrow(/lifecycle\.create/);
  });

  it('narrowed lists are enforced, and GET /config says so', async () => {
    const config = defineProfileConfig({ lifecycle: { export: ['self'], delete: ['admin'], suspend: ['support'] } });
    const { service, signUp } = setup({}, createMemoryStore(), config);
    const erin = await signUp('erin@example.com');
    const frank = await signUp('frank@example.com');
    const support = { userId: 'support-1', roles: ['support'] };
    expect(await codeOf(service.exportAccount(seeder, erin.id))).toBe('forbidden');
    expect(await codeOf(service.exportAccount(erin.viewer, erin.id))).toBe('resolved');
    expect(await codeOf(service.scheduleDeletion(erin.viewer, { currentPassword: PASSWORDS.fresh }))).toBe('forbidden');
    expect(await codeOf(service.suspendAccount(seeder, frank.id, { reason: 'x' }))).toBe('forbidden');
    expect(await codeOf(service.suspendAccount(support, frank.id, { reason: 'Support ticket' }))).toBe('resolved');
    expect(service.getConfig(erin.viewer).lifecycle).toMatchObject({ self: { export: true, delete: false }, other: null });
    expect(service.getConfig(support).lifecycle).toMatchObject({ other: { export: false, delete: false, suspend: true }, create: false });
  });

  it('invitations are off without an invitationUrl', async () => {
    const { service } = setup({ invitationUrl: undefined });
    expect(service.getConfig(seeder).lifecycle.invite).toBe(false);
    const refused = await service.createAccount(seeder, { email: 'x@example.com', invite: true }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'forbidden_field', issues: { invite: { code: 'invitationsOff' } } });
  });

  it('isActive: only a suspension keeps the host’s sign-in out; pending deletion signs in', async () => {
    const { service, store, signUp } = setup();
    const erin = await signUp('erin@example.com');
    expect(isActive((await store.getAccount(erin.id))!)).toBe(true);
    await service.scheduleDeletion(erin.viewer, { currentPassword: PASSWORDS.fresh });
    expect(isActive((await store.getAccount(erin.id))!)).toBe(true);
    await service.suspendAccount(seeder, erin.id, { reason: 'Abuse' });
    const suspended = (await store.getAccount(erin.id))!;
    expect(isActive(suspended)).toBe(false);
    expect((await service.getProfile(erin.viewer, erin.id)).status).toBe('suspended');
  });
});
