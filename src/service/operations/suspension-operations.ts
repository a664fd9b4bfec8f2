import * as z from 'zod';
import { suspensionReasonSchema, type Profile, type Viewer } from '../../core';
import { invalidState } from '../support/lifecycle-errors';
import { loadLifecycleTarget, saveTransition } from '../support/lifecycle-target';
import { parseInput } from '../support/parse-input';
import { projectProfile } from '../support/project-profile';
import { afterCommit, type ServiceContext } from '../support/service-context';

const suspendInput = z.strictObject({
  reason: suspensionReasonSchema,
});

/** An admin suspends another account (`POST /users/:id/suspension`), saying why. */
export async function suspendAccount(ctx: ServiceContext, viewer: Viewer | null, accountId: string, input: unknown, version?: unknown): Promise<Profile> {
  const { viewer: admin, account, access } = await loadLifecycleTarget(ctx, viewer, accountId, 'suspend');
  const { reason } = parseInput(suspendInput, input);
  const at = ctx.clock().toISOString();
  const saved = await saveTransition(ctx, account, version, (current) => {
    if (current.main.suspension) throw invalidState('alreadySuspended');
    return { actor: admin, action: 'account.suspended', main: { ...current.main, suspension: { reason, at, by: admin.userId } } };
  });
  await afterCommit(ctx, 'onAccountSuspended', () => ctx.onAccountSuspended?.({ userId: saved.id, reason, by: admin.userId, at }));
  return projectProfile(ctx.config, saved, access);
}

/** An admin lifts a suspension (`DELETE /users/:id/suspension`). */
export async function reactivateAccount(ctx: ServiceContext, viewer: Viewer | null, accountId: string, version?: unknown): Promise<Profile> {
  const { viewer: admin, account, access } = await loadLifecycleTarget(ctx, viewer, accountId, 'suspend');
  const saved = await saveTransition(ctx, account, version, (current) => {
    if (!current.main.suspension) throw invalidState('notSuspended');
    return { actor: admin, action: 'account.reactivated', main: { ...current.main, suspension: null } };
  });
  return projectProfile(ctx.config, saved, access);
}
