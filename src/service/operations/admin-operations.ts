import * as z from 'zod';
import { clampPageSize, resolveFieldAccess, type AccountSummary, type AuditEntry, type Page, type Viewer } from '../../core';
import { filterAuditEntry } from '../support/audit-changes';
import { accountNotFoundError } from '../contracts/store-errors';
import { fieldAccess, requireAccountId, requireActiveActor, requireAdmin } from '../support/load-account';
import { parseInput } from '../support/parse-input';
import { summarizeAccount } from '../support/project-profile';
import type { ServiceContext } from '../support/service-context';

const pageInput = {
  cursor: z.string().max(512).nullish(),
  limit: z.number().int().optional(),
};
const listAccountsInput = z.strictObject({ ...pageInput, query: z.string().max(200).optional() });
const listAuditInput = z.strictObject(pageInput);

export async function listAccounts(ctx: ServiceContext, viewer: Viewer | null, input: unknown = {}): Promise<Page<AccountSummary>> {
  const admin = requireAdmin(ctx, viewer);
  await requireActiveActor(ctx, admin);
  const request = parseInput(listAccountsInput, input);
  const page = await ctx.store.listAccounts({
    query: request.query?.trim() || undefined,
    cursor: request.cursor ?? null,
    limit: clampPageSize(request.limit),
  });
  return {
    items: page.items.map((account) => summarizeAccount(account, resolveFieldAccess(ctx.config, admin, account.id))),
    nextCursor: page.nextCursor,
  };
}

export async function listAudit(
  ctx: ServiceContext,
  viewer: Viewer | null,
  accountId: string,
  input: unknown = {},
): Promise<Page<AuditEntry>> {
  const admin = requireAdmin(ctx, viewer);
  await requireActiveActor(ctx, admin);
  const id = requireAccountId(accountId);
  const request = parseInput(listAuditInput, input);
  const page = await ctx.store.listAudit(id, { cursor: request.cursor ?? null, limit: clampPageSize(request.limit) });
  // An erased account's trail stays readable (its values are `[erased]`); an id with no account
  // and no trail is unknown.
  if (page.items.length === 0 && !(await ctx.store.getAccount(id))) throw accountNotFoundError();
  const access = fieldAccess(ctx.config, admin, id);
  return { items: page.items.map((entry) => filterAuditEntry(entry, access)), nextCursor: page.nextCursor };
}
