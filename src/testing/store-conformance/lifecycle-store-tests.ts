import type { ProfileStore } from '../../service';
import type { TestApi } from '../runner/test-api';
import { makeAccount, makeAudit, makeWrite, setDeletion, tokenOf, type Insert } from './store-fixtures';

const T0 = Date.parse('2026-03-01T12:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);


/** The store tests of the account lifecycle: invitations, audit-only entries, due erasures (erasure: erasure-store-tests.ts). */
export function lifecycleStoreTests(api: TestApi, current: () => ProfileStore, insert: Insert) {
  const { describe, it, expect } = api;

  describe('lifecycle: invitation tokens', () => {
    it('insertAccount - stores the invitation token with the account, apart from email tokens', async () => {
      const store = current();
      const account = makeAccount();
      const invitation = tokenOf(account, 'i');
      await store.insertAccount(account, makeAudit(account, 'account.invited'), { invitationToken: invitation });
      expect(await store.findInvitationToken(invitation.tokenHash)).toEqual(invitation);
      expect(await store.findEmailToken(invitation.tokenHash)).toBeNull();
    });

    it('insertAccount - a refused insert leaves no invitation token', async () => {
      const store = current();
      await insert({ email: 'taken@example.com' });
      const account = makeAccount({ email: 'taken@example.com' });
      const invitation = tokenOf(account, 'j');
      await store.insertAccount(account, makeAudit(account), { invitationToken: invitation }).catch(() => undefined);
      expect(await store.findInvitationToken(invitation.tokenHash)).toBeNull();
    });

    it('commitAccount - an email token change leaves the invitation, and `invitationToken: null` removes only it', async () => {
      const store = current();
      const account = makeAccount();
      const invitation = tokenOf(account, 'k');
      await store.insertAccount(account, makeAudit(account), { invitationToken: invitation });
      let saved = await store.commitAccount(makeWrite(account, { emailToken: tokenOf(account, 'e') }));
      saved = await store.commitAccount(makeWrite(saved, { emailToken: null }));
      expect(await store.findInvitationToken(invitation.tokenHash)).toEqual(invitation);
      saved = await store.commitAccount(makeWrite(saved, { emailToken: tokenOf(account, 'f') }));
      await store.commitAccount(makeWrite(saved, { invitationToken: null }));
      expect(await store.findInvitationToken(invitation.tokenHash)).toBeNull();
      expect(await store.findEmailToken(tokenOf(account, 'f').tokenHash)).toEqual(tokenOf(account, 'f'));
    });
  });

  describe('lifecycle: audit', () => {
    it('appendAudit - adds an entry under its target and actor, leaving the account and its version as they are', async () => {
      const store = current();
      const account = await insert();
      const admin = await insert();
      const entry = { ...makeAudit(account, 'account.exported'), actorId: admin.id, changes: [] };
      await store.appendAudit(entry);
      expect(await store.getAccount(account.id)).toEqual(account);
      expect((await store.listAudit(account.id, { limit: 10 })).items[0]).toEqual(entry);
      expect((await store.listAuditByActor(admin.id, { limit: 10 })).items[0]).toEqual(entry);
    });

    it('listAuditByActor - pages what one actor wrote about any account, newest first', async () => {
      const store = current();
      const admin = await insert();
      const a = await insert();
      const b = await insert();
      const written: string[] = [];
      for (const target of [a, b, a, admin, b]) {
        const entry = { ...makeAudit(target), actorId: admin.id };
        await store.appendAudit(entry);
        written.unshift(entry.id);
      }
      await store.appendAudit(makeAudit(a)); // by a itself
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<ProfileStore['listAuditByActor']>> = await store.listAuditByActor(admin.id, { cursor, limit: 2 });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((entry) => entry.id));
        cursor = page.nextCursor;
      } while (cursor);
      // The admin's own account.create entry (makeAudit: by itself) is theirs too, the oldest.
      expect(seen).toEqual([...written, (await store.listAudit(admin.id, { limit: 100 })).items.at(-1)!.id]);
    });
  });

  describe('lifecycle: scheduled erasures', () => {
    it('commitAccount - keeps the suspension and the scheduled erasure, and clears them', async () => {
      const store = current();
      const account = await insert();
      const suspension = { reason: 'Spam', at: at(0).toISOString(), by: 'admin-1' };
      let saved = await store.commitAccount(makeWrite(account, { main: { ...account.main, suspension } }));
      saved = await setDeletion(store, saved, at(60));
      expect((await store.getAccount(account.id))?.main).toMatchObject({ suspension, deletion: { purgeAt: at(60).toISOString() } });
      saved = await setDeletion(store, saved, null);
      await store.commitAccount(makeWrite(saved, { main: { ...saved.main, suspension: null } }));
      expect((await store.getAccount(account.id))?.main).toMatchObject({ suspension: null, deletion: null });
    });

    it('findDueDeletions - finds the accounts due at a time, earliest first, at most `limit`', async () => {
      const store = current();
      const [late, early, future, cancelled] = await Promise.all([insert(), insert(), insert(), insert()]);
      await insert(); // never scheduled
      await setDeletion(store, late, at(10));
      await setDeletion(store, early, at(5));
      await setDeletion(store, future, at(30));
      await setDeletion(store, await setDeletion(store, cancelled, at(1)), null);
      expect(await store.findDueDeletions(at(10), 10)).toEqual([early.id, late.id]);
      expect(await store.findDueDeletions(at(10), 1)).toEqual([early.id]);
      expect(await store.findDueDeletions(at(4), 10)).toEqual([]);
      expect(await store.findDueDeletions(at(60), 10)).toEqual([early.id, late.id, future.id]);
    });
  });
}
