import { ProfileError, type ProfileErrorCode } from '../../../core/browser';
import { ComponentRoot } from '../../ui/component-root';
import { ErrorState } from '../../ui/error-state';
import { ProfileShell, type ShellRoot } from '../../ui/profile-shell';
import { AdminUserDetailView } from './admin-user-detail-view';

export type { AdminUserDetailState } from './use-admin-user-detail-controller';

export interface AdminUserDetailProps {
  /** The user to show and edit. */
  userId: string;
  /** Added to the root element (which always has `pk-root pk-admin-user-detail`). */
  className?: string;
  /** Audit entries per page. Default 10. */
  auditPageSize?: number;
  /**
   * The account was erased from this screen ("Delete…", now): the screen shows only that, and
   * its history. Show something else here (the list, the next user).
   */
  onDeleted?: (userId: string) => void;
}

/** Failures a retry cannot fix: no retry button for them. */
const FINAL = new Set<ProfileErrorCode>(['forbidden', 'not_found', 'unauthenticated']);
const canRetry = (error: ProfileError) => !FINAL.has(error.code);

/**
 * One user, for administrators: every field edited in place (click or Enter, then Enter or
 * leaving the field saves, Escape cancels), each save one audit entry; the email with a
 * "mark verified" switch and the pending address; id, created at and linked identities greyed;
 * custom fields and free attributes; billing and API keys (masked); the audit history, newest first, paged. A
 * change someone else saved meanwhile opens a dialog (their value beside yours), never a
 * silent overwrite. Its head says whether the account is suspended (why, since when) or
 * pending deletion (when), and offers what the config's `lifecycle.other` allows, each behind a
 * confirmation: download its data, suspend / reactivate, delete (now or scheduled) or cancel a
 * scheduled deletion (these and their words are a lazy chunk). Non-admins get a "not allowed"
 * state.
 *
 * Notification preferences are not edited here: put `<NotificationPrefs userId={…} />` beside it.
 *
 * Root: `data-pk-component="admin-user-detail"`, `data-state` `loading | error | ready | erased`;
 * each row `data-pk-field` and `data-state` (see `InlineField`).
 *
 * @example
 * <AdminUserDetail userId={selected} onDeleted={() => setSelected(undefined)} />
 */
export function AdminUserDetail({ userId, className, auditPageSize = 10, onDeleted }: AdminUserDetailProps) {
  const root: ShellRoot = { component: 'admin-user-detail', rootClass: 'pk-admin-user-detail', className };
  return (
    <ProfileShell userId={userId} root={root} rows={10} canRetry={canRetry}>
      {(loaded, shellRoot) =>
        loaded.config.viewer.isAdmin ? (
          <AdminUserDetailView userId={userId} loaded={loaded} root={shellRoot} auditPageSize={auditPageSize} onDeleted={onDeleted} />
        ) : (
          <ComponentRoot {...shellRoot} state="error">
            <ErrorState error={new ProfileError('forbidden', 'Administrators only')} />
          </ComponentRoot>
        )
      }
    </ProfileShell>
  );
}
