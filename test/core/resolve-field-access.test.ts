import { describe, expect, it } from 'vitest';
import { defineProfileConfig, resolveFieldAccess, resolveViewerConfig } from '../../src/core';
import { exampleConfig } from '../../src/testing';

const alice = { userId: 'alice', roles: [] };
const admin = { userId: 'root', roles: ['admin'] };
const support = { userId: 'sam', roles: ['support'] };

describe('resolveFieldAccess', () => {
  it('gives self the default self access', () => {
    const access = resolveFieldAccess(exampleConfig, alice, 'alice');
    expect(access.name).toEqual({ visible: true, editable: true, reason: null });
    expect(access.id).toEqual({ visible: true, editable: false, reason: 'immutable' });
    expect(access.createdAt).toEqual({ visible: true, editable: false, reason: 'immutable' });
    expect(access.identities).toEqual({ visible: true, editable: false, reason: 'external' });
    expect(access.email).toEqual({ visible: true, editable: true, reason: 'email-flow' });
    expect(access.pendingEmail).toEqual({ visible: true, editable: false, reason: 'email-flow' });
    expect(access.roles).toEqual({ visible: true, editable: false, reason: 'not-permitted' });
    expect(access.billing).toEqual({ visible: false, editable: false, reason: null });
    expect(access['custom.internalNote']?.visible).toBe(false);
    expect(access['custom.privateNote']).toEqual({ visible: true, editable: true, reason: null });
  });

  it('gives another non-admin user nothing', () => {
    const access = resolveFieldAccess(exampleConfig, { userId: 'bob', roles: [] }, 'alice');
    expect(Object.values(access).every((a) => !a.visible && !a.editable)).toBe(true);
  });

  it('gives admins the admin fields on others but not the user’s private ones', () => {
    const access = resolveFieldAccess(exampleConfig, admin, 'alice');
    expect(access.billing).toEqual({ visible: true, editable: true, reason: null });
    expect(access['custom.privateNote']?.visible).toBe(false);
    expect(access['custom.memberTier']?.editable).toBe(true);
  });

  it('matches any role name the config uses', () => {
    const config = defineProfileConfig({ fields: { billing: { view: ['admin', 'support'], edit: ['admin'] } } });
    const access = resolveFieldAccess(config, support, 'alice');
    expect(access.billing).toEqual({ visible: true, editable: false, reason: 'not-permitted' });
  });
});

describe('resolveViewerConfig', () => {
  it('leaves out the declarations of fields the viewer never sees', () => {
    const config = resolveViewerConfig(exampleConfig, alice);
    expect(Object.keys(config.fields)).not.toContain('billing');
    expect(Object.keys(config.custom)).not.toContain('internalNote');
    expect(config.access.other).toBeNull();
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
});
