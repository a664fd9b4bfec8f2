import { describe, expect, it } from 'vitest';
import { mergePatch, recordOf, type Profile } from '../../src/core';

const profile: Profile = {
  id: 'u1',
  version: 3,
  name: 'Ada Lovelace',
  phone: '+44 20 0000',
  notifications: { email: { news: true, billing: false }, sms: { alerts: true } },
  custom: { team: 'engines', level: 3 },
  attributes: { color: 'blue', shape: 'round' },
  roles: ['member'],
  apiKeys: [{ id: 'k1', label: 'CI', masked: 'pk_ab…', createdAt: '2026-01-01T00:00:00.000Z' }],
};

describe('mergePatch', () => {
  it('replaces plain keys, null included, and keeps the keys the patch does not name', () => {
    const next = mergePatch(profile, { phone: null, company: 'Analytical', roles: ['member', 'admin'] });
    expect(next).toEqual({ ...profile, phone: null, company: 'Analytical', roles: ['member', 'admin'] });
  });

  it('merges notifications channel by channel and topic by topic', () => {
    const next = mergePatch(profile, { notifications: { email: { billing: true }, push: { alerts: false } } });
    expect(next.notifications).toEqual({
      email: { news: true, billing: true },
      sms: { alerts: true },
      push: { alerts: false },
    });
  });

  it('merges custom fields and free attributes key by key, null removing a key', () => {
    const next = mergePatch(profile, { custom: { team: null, level: 4, tags: ['a'] }, attributes: { color: null, size: 'L' } });
    expect(next.custom).toEqual({ level: 4, tags: ['a'] });
    expect(next.attributes).toEqual({ shape: 'round', size: 'L' });
  });

  it('merges into a target that lacks the maps', () => {
    const next = mergePatch({ id: 'u2', version: 1 } as Profile, { notifications: { email: { news: false } }, custom: { a: 1 }, attributes: { b: null } });
    expect(next).toEqual({ id: 'u2', version: 1, notifications: { email: { news: false } }, custom: { a: 1 }, attributes: {} });
  });

  it('leaves apiKeys (the service applies them) and undefined values alone', () => {
    const next = mergePatch(profile, { apiKeys: [], name: undefined });
    expect(next).toEqual(profile);
  });

  it('changes nothing in place', () => {
    const before = structuredClone(profile);
    const next = mergePatch(profile, { name: 'Ada', notifications: { email: { news: false } }, custom: { team: null }, attributes: { color: 'red' } });
    expect(profile).toEqual(before);
    expect(next.roles).toBe(profile.roles);
  });
});

describe('recordOf', () => {
  it('reads the built-in field table; custom fields and attributes live in data', () => {
    expect(recordOf('email')).toBe('main');
    expect(recordOf('roles')).toBe('main');
    expect(recordOf('givenName')).toBe('data');
    expect(recordOf('notifications')).toBe('data');
    expect(recordOf('custom')).toBe('data');
    expect(recordOf('attributes')).toBe('data');
  });
});
