import { describe, expect, it } from 'vitest';
import type { FormEntry } from '../../../src/react/components/profile-form/form-plan';
import { rebaseDraft } from '../../../src/react/components/profile-form/rebase-draft';

const entries: FormEntry[] = [
  { kind: 'text', name: 'name' },
  { kind: 'text', name: 'company' },
  { kind: 'list', name: 'roles' },
  { kind: 'readonly', name: 'id', reason: 'not-permitted' },
];

describe('rebaseDraft', () => {
  it('untouched fields take the new values: nothing kept, no clash', () => {
    const was = { name: 'Grace', company: 'Navy', roles: 'user' };
    const now = { name: 'Grace Hopper', company: 'Navy', roles: 'user' };
    expect(rebaseDraft(was, now, was, entries)).toEqual({ kept: [], clash: false, changed: true });
  });

  it('an edit of a field nobody else changed is kept, without a clash', () => {
    const was = { name: 'Grace', company: 'Navy', roles: 'user' };
    const now = { name: 'Grace Hopper', company: 'Navy', roles: 'user' };
    const mine = { name: 'Grace', company: 'Harvard', roles: 'user' };
    expect(rebaseDraft(was, now, mine, entries)).toEqual({ kept: [['company', 'Harvard']], clash: false, changed: true });
  });

  it('an edit of a field that also changed underneath is kept and is a clash', () => {
    const was = { name: 'Grace', company: 'Navy', roles: 'user' };
    const now = { name: 'Grace Hopper', company: 'Navy', roles: 'user' };
    const mine = { name: 'Amazing Grace', company: 'Navy', roles: 'user' };
    expect(rebaseDraft(was, now, mine, entries)).toEqual({ kept: [['name', 'Amazing Grace']], clash: true, changed: true });
  });

  it('the same edit made on both sides is no edit to keep', () => {
    const was = { name: 'Grace', company: 'Navy', roles: 'user' };
    const now = { name: 'Grace Hopper', company: 'Navy', roles: 'user' };
    expect(rebaseDraft(was, now, now, entries)).toEqual({ kept: [], clash: false, changed: true });
  });

  it('no editable field moved: not changed (read-only rows are not compared)', () => {
    const was = { name: 'Grace', company: 'Navy', roles: 'user', id: 'a' };
    const now = { ...was, id: 'b' };
    expect(rebaseDraft(was, now, was, entries)).toEqual({ kept: [], clash: false, changed: false });
  });

  it('against one snapshot on both sides: keeps exactly what differs from it (edits made during a save)', () => {
    const sent = { name: 'Grace', company: 'Navy', roles: 'user' };
    const mine = { name: 'Grace', company: 'Navy', roles: 'user, admin' };
    expect(rebaseDraft(sent, sent, mine, entries).kept).toEqual([['roles', 'user, admin']]);
  });
});
