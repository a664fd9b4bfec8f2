import type { AuditEntry, StoredAccount } from '../../core';
import { ERASED, type AccountErasure, type ProfileStore } from '../../service';
import type { TestApi } from '../runner/test-api';
import { makeAudit, makeWrite, setDeletion, tokenOf, type Insert } from './store-fixtures';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const MINUTE = 60_000;
const RULE = [{ limit: 1, windowMs: MINUTE }];

const erasure = (account: StoredAccount, extra: Partial<AccountErasure> = {}): AccountErasure => ({
  id: account.id,
  throttleKeys: [`pw:${account.id}`],
  audit: { ...makeAudit(account, 'account.erased'), actorId: 'system', changes: [] },
  ...extra,
});

async function allAudit(store: ProfileStore, id: string): Promise<AuditEntry[]> {
  return (await store.listAudit(id, { limit: 100 })).items;
}

/** `eraseAccount`: what goes, what stays scrubbed, and its conditions under concurrency. */
export function erasureStoreTests({ describe, it, expect }: TestApi, current: () => ProfileStore, insert: Insert) {
  /** An account with a rich trail (attributes, names, email values), an email token, an invitation and a throttle hit. */
  async function richAccount(email = 'leaving@example.com') {
    const store = current();
    const account = await insert({ email, name: 'Leaving Person' });
    let saved = await store.commitAccount({
      ...makeWrite(account, { emailToken: tokenOf(account, 'e'), invitationToken: tokenOf(account, 'i') }),
      audit: {
        ...makeAudit(account),
        changes: [
          { field: 'name', before: 'Leaving Person', after: 'Left Person' },
          { field: 'email', before: 'leaving@example.com', after: 'leaving@example.com' },
          { field: 'attributes.leaving-person', before: null, after: 'x' },
          { field: 'password', redacted: true },
        ],
      },
    });
    saved = await setDeletion(store, saved, new Date(NOW.getTime() - MINUTE));
    await store.takeThrottle(`pw:${account.id}`, RULE, NOW);
    return saved;
  }

  describe('lifecycle: eraseAccount', () => {
    it('eraseAccount - removes both records, tokens and throttles, frees the address, returns the account as it was', async () => {
      const store = current();
      const account = await richAccount();
      await store.takeThrottle('pw:someone-else', RULE, NOW);
      expect(await store.eraseAccount(erasure(account))).toEqual(account);
      expect(await store.getAccount(account.id)).toBeNull();
      expect(await store.findAccountIdByEmail('leaving@example.com')).toBeNull();
      expect(await store.findEmailToken(tokenOf(account, 'e').tokenHash)).toBeNull();
      expect(await store.findInvitationToken(tokenOf(account, 'i').tokenHash)).toBeNull();
      expect(await store.findDueDeletions(NOW, 10)).toEqual([]);
      expect((await store.takeThrottle(`pw:${account.id}`, RULE, NOW)).ok).toBe(true);
      expect((await store.takeThrottle('pw:someone-else', RULE, NOW)).ok).toBe(false);
      await insert({ email: 'leaving@example.com' });
      expect((await store.listAccounts({ limit: 10 })).items.map((a) => a.id)).not.toContain(account.id);
    });

    it('eraseAccount - keeps the trail with every value [erased], no email or name left, then the last entry', async () => {
      const store = current();
      const account = await richAccount();
      const before = await allAudit(store, account.id);
      const last = erasure(account).audit;
      await store.eraseAccount({ ...erasure(account), audit: last });
      const after = await allAudit(store, account.id);
      expect(after[0]).toEqual(last);
      expect(after.slice(1).map((e) => e.id)).toEqual(before.map((e) => e.id));
      expect(after.slice(1).map((e) => e.action)).toEqual(before.map((e) => e.action));
      const text = JSON.stringify(after);
      for (const secret of ['leaving@example.com', 'Leaving Person', 'Left Person', 'leaving-person']) expect(text).not.toContain(secret);
      for (const change of after.flatMap((e) => e.changes)) {
        if (change.redacted) expect(change).toEqual({ field: 'password', redacted: true });
        else expect([change.before, change.after]).toEqual([ERASED, ERASED]);
      }
      expect(after.flatMap((e) => e.changes.map((c) => c.field))).toContain(`attributes.${ERASED}`);
    });

    it('eraseAccount - leaves other accounts’ trails, and what the account wrote about them, as they were', async () => {
      const store = current();
      const account = await richAccount();
      const other = await insert();
      const aboutOther = { ...makeAudit(other), actorId: account.id };
      await store.appendAudit(aboutOther);
      const otherTrail = await allAudit(store, other.id);
      await store.eraseAccount(erasure(account));
      expect(await allAudit(store, other.id)).toEqual(otherTrail);
      expect(await store.getAccount(other.id)).toEqual(other);
    });

    it('eraseAccount - writes nothing when the account is missing, not due, not pending, or at another version', async () => {
      const store = current();
      const pending = await richAccount();
      const notPending = await insert();
      const trail = await allAudit(store, pending.id);
      expect(await store.eraseAccount(erasure({ ...pending, id: 'no-such-account' }))).toBeNull();
      expect(await store.eraseAccount(erasure(pending, { dueBy: new Date(NOW.getTime() - 2 * MINUTE) }))).toBeNull();
      expect(await store.eraseAccount(erasure(notPending, { dueBy: NOW }))).toBeNull();
      expect(await store.eraseAccount(erasure(pending, { expectedVersion: pending.version - 1 }))).toBeNull();
      expect(await store.getAccount(pending.id)).toEqual(pending);
      expect(await store.getAccount(notPending.id)).toEqual(notPending);
      expect(await allAudit(store, pending.id)).toEqual(trail);
      expect(await store.findInvitationToken(tokenOf(pending, 'i').tokenHash)).not.toBeNull();
      expect(await store.eraseAccount(erasure(pending, { dueBy: NOW, expectedVersion: pending.version }))).toEqual(pending);
    });

    it('eraseAccount - the purge against a concurrent cancellation: one wins, nothing half-done', async () => {
      const store = current();
      const accounts = await Promise.all(Array.from({ length: 8 }, (_, i) => richAccount(`leaving${i}@example.com`)));
      const outcomes = await Promise.all(
        accounts.map(async (account) => {
          const [erased, cancelled] = await Promise.allSettled([
            store.eraseAccount(erasure(account, { dueBy: NOW })),
            setDeletion(store, account, null),
          ]);
          return { account, erased, cancelled };
        }),
      );
      for (const { account, erased, cancelled } of outcomes) {
        const stored = await store.getAccount(account.id);
        const trail = await allAudit(store, account.id);
        if (erased.status === 'fulfilled' && erased.value) {
          expect(cancelled).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });
          expect(stored).toBeNull();
          expect(trail[0]?.action).toBe('account.erased');
          expect(trail.flatMap((e) => e.changes).filter((c) => !c.redacted && c.before !== ERASED)).toEqual([]);
        } else {
          expect(erased).toEqual({ status: 'fulfilled', value: null });
          expect(cancelled.status).toBe('fulfilled');
          expect(stored?.main.deletion).toBeNull();
          expect(trail.map((e) => e.action)).not.toContain('account.erased');
        }
      }
    });

    it('eraseAccount - an edit racing the purge is either erased with the rest or refused as not_found', async () => {
      const store = current();
      const accounts = await Promise.all(Array.from({ length: 8 }, (_, i) => richAccount(`leaving${i}@example.com`)));
      await Promise.all(
        accounts.map(async (account) => {
          const edit = makeWrite(account, { main: account.main });
          const [erased, edited] = await Promise.allSettled([store.eraseAccount(erasure(account, { dueBy: NOW })), store.commitAccount(edit)]);
          expect(erased).toMatchObject({ status: 'fulfilled', value: expect.objectContaining({ id: account.id }) });
          expect(await store.getAccount(account.id)).toBeNull();
          const trail = await allAudit(store, account.id);
          if (edited.status === 'fulfilled') expect(trail.find((e) => e.id === edit.audit.id)?.changes).toEqual([{ field: 'company', before: ERASED, after: ERASED }]);
          else expect(trail.map((e) => e.id)).not.toContain(edit.audit.id);
        }),
      );
    });

    it('eraseAccount - of two concurrent erasures exactly one erases, with one last entry', async () => {
      const store = current();
      const account = await richAccount();
      const results = await Promise.all([store.eraseAccount(erasure(account)), store.eraseAccount(erasure(account, { dueBy: NOW }))]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      expect((await allAudit(store, account.id)).filter((e) => e.action === 'account.erased')).toHaveLength(1);
    });
  });
}
