import type { AccountExport, Viewer } from '../../core';
import { allPages, buildExport } from '../support/build-export';
import { loadLifecycleTarget } from '../support/lifecycle-target';
import type { ServiceContext } from '../support/service-context';
import { takeThrottle } from '../support/throttle';
import { exportKey } from '../support/throttle-keys';

/**
 * Everything stored about an account (`GET /me/export`, `GET /users/:id/export`), for whoever
 * holds the `lifecycle.export` right to it. A read, so a suspended holder may still take their
 * own; it is audited all the same (`account.exported`, appended without moving the version)
 * before the document is built, and throttled per account since each one writes an entry.
 */
export async function exportAccount(ctx: ServiceContext, viewer: Viewer | null, accountId: string): Promise<AccountExport> {
  const { viewer: actor, account } = await loadLifecycleTarget(ctx, viewer, accountId, 'export');
  await takeThrottle(ctx, exportKey(account.id), ctx.throttles.export, 'Too many exports of this account; try again later');
  const at = ctx.clock().toISOString();
  await ctx.store.appendAudit({ id: ctx.ids(), at, actorId: actor.userId, targetId: account.id, action: 'account.exported', changes: [] });
  const [asTarget, byAccount] = await Promise.all([
    allPages((page) => ctx.store.listAudit(account.id, page)),
    allPages((page) => ctx.store.listAuditByActor(account.id, page)),
  ]);
  return buildExport(ctx.config, account, at, { asTarget, asActor: byAccount.filter((entry) => entry.targetId !== account.id) });
}
