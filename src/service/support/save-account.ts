import type { AuditAction, DataRecord, MainRecord, StoredAccount, Viewer } from '../../core';
import type { EmailTokenRecord } from '../contracts/profile-store';
import { diffAccounts } from './audit-changes';
import type { ServiceContext } from './service-context';

export interface SaveRequest {
  actor: Viewer | { userId: string };
  account: StoredAccount;
  /** The version the change was based on (the client's, or the one just read). */
  expectedVersion: number;
  action: AuditAction;
  main?: MainRecord;
  data?: DataRecord;
  emailToken?: EmailTokenRecord | null;
  invitationToken?: EmailTokenRecord | null;
}

/**
 * Commits a change with its one audit entry, atomically and only if the account is still at
 * `expectedVersion`. A change that alters nothing writes nothing and returns the account as is.
 */
export async function saveAccount(ctx: ServiceContext, request: SaveRequest): Promise<StoredAccount> {
  const next: StoredAccount = {
    ...request.account,
    main: request.main ?? request.account.main,
    data: request.data ?? request.account.data,
  };
  const changes = diffAccounts(request.account, next, ctx.config);
  if (changes.length === 0 && request.emailToken === undefined && request.invitationToken === undefined) return request.account;
  return ctx.store.commitAccount({
    id: request.account.id,
    expectedVersion: request.expectedVersion,
    main: next.main,
    data: next.data,
    emailToken: request.emailToken,
    invitationToken: request.invitationToken,
    audit: {
      id: ctx.ids(),
      at: ctx.clock().toISOString(),
      actorId: request.actor.userId,
      targetId: request.account.id,
      action: request.action,
      changes,
    },
  });
}
