import * as z from 'zod';
import type { Viewer } from '../domain/viewer';
import { accessListSchema } from './access-list-schema';
import { allows } from './access-rules';

const noSelf = (list: string[] | undefined) => !list?.includes('self');

/** What an app writes under `lifecycle` in its field config: any list may be left out. */
export const lifecycleInputSchema = z
  .strictObject({
    /** Who may download an account's export (`GET /me/export`, `GET /users/:id/export`). */
    export: accessListSchema.optional(),
    /** Who may have an account erased: `self` schedules their own (with their password), roles any other's. */
    delete: accessListSchema.optional(),
    /** Who may suspend and reactivate other accounts. Never `self`. */
    suspend: accessListSchema.optional().refine(noSelf, 'An account never suspends itself: leave "self" out'),
    /** Who may create accounts (`POST /users`, with or without an invitation). Never `self`. */
    create: accessListSchema.optional().refine(noSelf, '"self" means nothing for creating an account: list roles'),
  })
  .default({});

/** The resolved access lists of the account lifecycle (`ProfileConfig['lifecycle']`). */
export interface LifecycleConfig {
  export: string[];
  delete: string[];
  suspend: string[];
  create: string[];
}

/** The lists with their defaults: export and delete `self` + the admin roles, suspend and create the admin roles. */
export function resolveLifecycle(input: z.output<typeof lifecycleInputSchema>, adminRoles: readonly string[]): LifecycleConfig {
  return {
    export: input.export ?? ['self', ...adminRoles],
    delete: input.delete ?? ['self', ...adminRoles],
    suspend: input.suspend ?? [...adminRoles],
    create: input.create ?? [...adminRoles],
  };
}

/** What a viewer may do to one account's lifecycle. */
export interface LifecycleRights {
  export: boolean;
  delete: boolean;
  suspend: boolean;
}

/**
 * What `viewer` may do to account `accountId` (the server enforces exactly this): export and
 * delete by the lists (`self` on their own account, a role on any), suspend only another account.
 */
export function resolveLifecycleRights(config: { lifecycle: LifecycleConfig }, viewer: Viewer, accountId: string): LifecycleRights {
  const isSelf = viewer.userId === accountId;
  return {
    export: allows(config.lifecycle.export, viewer, isSelf),
    delete: allows(config.lifecycle.delete, viewer, isSelf),
    suspend: !isSelf && allows(config.lifecycle.suspend, viewer, false),
  };
}

/** Whether `viewer` may create accounts (`POST /users`). */
export function mayCreateAccounts(config: { lifecycle: LifecycleConfig }, viewer: Viewer): boolean {
  return allows(config.lifecycle.create, viewer, false);
}
