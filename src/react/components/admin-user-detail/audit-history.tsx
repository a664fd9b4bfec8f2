import { memo, useEffect, useId, useRef } from 'react';
import type { AuditAction, AuditChange, AuditEntry, Billing, Identity, ViewerConfig } from '../../../core/browser';
import { fieldInfo } from '../../fields/field-info';
import { useFormatValue } from '../../fields/use-format-value';
import { useAudit } from '../../hooks/use-audit';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { ErrorState } from '../../ui/error-state';
import { Skeleton } from '../../ui/skeleton';
import { Spinner } from '../../ui/spinner';

const ACTION_KEYS: Record<AuditAction, keyof ReturnType<typeof useMessages>['admin']['audit']['actions']> = {
  'account.create': 'accountCreate',
  'profile.update': 'profileUpdate',
  'email.request': 'emailRequest',
  'email.cancel': 'emailCancel',
  'email.confirm': 'emailConfirm',
  'email.set': 'emailSet',
  'password.change': 'passwordChange',
  'account.exported': 'accountExported',
  'account.deletion_scheduled': 'deletionScheduled',
  'account.deletion_cancelled': 'deletionCancelled',
  'account.suspended': 'accountSuspended',
  'account.reactivated': 'accountReactivated',
  'account.invited': 'accountInvited',
  'invitation.accepted': 'invitationAccepted',
  'account.erased': 'accountErased',
};

export interface AuditHistoryProps {
  userId: string;
  config: ViewerConfig;
  pageSize: number;
  title: string;
}

/** One change as text: "Phone: Not set → +44 20 7946 0000", or "Password: changed (value hidden)". */
function useDescribeChange(config: ViewerConfig) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const formatValue = useFormatValue();
  return (change: AuditChange): string => {
    const info = fieldInfo(config, change.field);
    const label = change.field === 'password' ? admin.audit.password : info.label;
    if (change.redacted) return fmt.format(admin.audit.redacted, { field: label });
    const show = (value: unknown): string => {
      if (value === null || value === undefined) return common.empty;
      if (change.field === 'identities' && Array.isArray(value)) {
        return value.length === 0
          ? common.empty
          : (value as Identity[]).map((i) => fmt.format(admin.identity, { provider: i.provider, account: i.email ?? i.subject })).join(', ');
      }
      if (change.field === 'billing' && typeof value === 'object') {
        const billing = value as Billing;
        const parts = (Object.keys(billing) as (keyof Billing)[]).filter((k) => billing[k] !== undefined);
        if (parts.length === 0) return common.empty;
        return parts
          .map((k) => {
            const v = billing[k]!;
            const text = k === 'status' ? admin.billing.statuses[v as keyof typeof admin.billing.statuses] : typeof v === 'number' ? fmt.number(v) : String(v);
            return `${admin.billing[k]}: ${text}`;
          })
          .join(', ');
      }
      if (change.field === 'apiKeys' && Array.isArray(value)) {
        return value.length === 0 ? common.empty : (value as { label: string; masked: string }[]).map((k) => `${k.label || common.empty} (${k.masked})`).join(', ');
      }
      return formatValue(value, info);
    };
    return fmt.format(admin.audit.change, { field: label, before: show(change.before), after: show(change.after) });
  };
}

const AuditItem = memo(function AuditItem({ entry, config }: { entry: AuditEntry; config: ViewerConfig }) {
  const { admin } = useMessages();
  const fmt = useFormatters();
  const describe = useDescribeChange(config);
  const actor = entry.actorId === entry.targetId ? admin.audit.actorUser : entry.actorId === config.viewer.userId ? admin.audit.actorYou : entry.actorId;
  const action = admin.audit.actions[ACTION_KEYS[entry.action]] ?? entry.action;
  return (
    <li className="pk-audit-entry" data-pk-audit={entry.id} data-pk-action={entry.action} tabIndex={-1}>
      <p className="pk-audit-meta">
        <time className="pk-audit-time" dateTime={entry.at}>
          {fmt.dateTime(entry.at)}
        </time>{' '}
        <span className="pk-audit-summary">{fmt.format(admin.audit.summary, { action, actor })}</span>
      </p>
      {entry.changes.length > 0 ? (
        <ul className="pk-audit-changes">
          {entry.changes.map((change) => (
            <li key={change.field} data-pk-path={change.field} data-redacted={change.redacted ? 'true' : undefined}>
              {describe(change)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
});

/**
 * The user's audit history, newest first, a page at a time ("Load more"): when, who, what,
 * and each change with before and after. Refreshes after every save on this screen.
 */
export function AuditHistory({ userId, config, pageSize, title }: AuditHistoryProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const audit = useAudit(userId, { pageSize });
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];

  // After "Load more", focus goes to the first new entry (the button may be gone).
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || entries.length <= from) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[from]?.focus();
  });

  const state = audit.isPending ? 'loading' : audit.error && !audit.data ? 'error' : 'ready';
  return (
    <section className="pk-section pk-admin-section pk-audit" aria-labelledby={headingId} data-pk-section="history" data-state={state}>
      <h3 className="pk-section-title" id={headingId}>
        {title}
      </h3>
      {state === 'loading' ? (
        <Skeleton rows={3} />
      ) : state === 'error' ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : entries.length === 0 ? (
        <p className="pk-admin-empty">{admin.audit.empty}</p>
      ) : (
        <ol className="pk-audit-list" ref={listRef}>
          {entries.map((entry) => (
            <AuditItem key={entry.id} entry={entry} config={config} />
          ))}
        </ol>
      )}
      {audit.hasNextPage ? (
        <div className="pk-actions pk-audit-more">
          {audit.isFetchingNextPage ? <Spinner label={common.loading} /> : null}
          <button
            type="button"
            className="pk-button"
            aria-disabled={audit.isFetchingNextPage || undefined}
            onClick={() => {
              if (audit.isFetchingNextPage) return;
              focusFrom.current = entries.length;
              void audit.fetchNextPage();
            }}
          >
            {admin.audit.loadMore}
          </button>
        </div>
      ) : null}
      {audit.error && audit.data ? (
        <p className="pk-error" role="alert">
          {common.loadFailed} {fmt.error(audit.error)}
        </p>
      ) : null}
    </section>
  );
}
