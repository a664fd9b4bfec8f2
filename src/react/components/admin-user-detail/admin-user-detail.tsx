import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { BUILTIN_FIELD_NAMES, createPatchSchema, ProfileError, type FieldAccessMap, type Profile, type ViewerConfig } from '../../../core/browser';
import { useFieldAccess } from '../../hooks/use-field-access';
import { useProfile } from '../../hooks/use-profile';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { cx } from '../../ui/class-names';
import { ErrorState } from '../../ui/error-state';
import { FormAlert } from '../../ui/form-alert';
import { LiveStatus } from '../../ui/live-status';
import { Skeleton } from '../../ui/skeleton';
import { VersionConflictDialog } from '../../ui/version-conflict-dialog';
import { ApiKeysSection } from './api-keys-section';
import { AttributesSection } from './attributes-section';
import { AuditHistory } from './audit-history';
import { BILLING_PARTS, BillingRow } from './billing-row';
import { BuiltinRow } from './builtin-row';
import { CustomRow } from './custom-row';
import type { DetailContext } from './detail-context';
import { EmailRow } from './email-row';
import { useInlineSaver } from './use-inline-saver';

export interface AdminUserDetailProps {
  /** The user to show and edit. */
  userId: string;
  /** Added to the root element (which always has `pk-root pk-admin-user-detail`). */
  className?: string;
  /** Audit entries per page. Default 10. */
  auditPageSize?: number;
}

/** Failures a retry cannot fix: no retry button for them. */
const FINAL = new Set(['forbidden', 'not_found', 'unauthenticated']);
/** Built-ins shown by a row of their own, or not here. */
const NOT_PLAIN_ROWS = new Set(['email', 'emailVerified', 'pendingEmail', 'notifications', 'billing', 'apiKeys']);

/**
 * One user, for administrators: every field edited in place (click or Enter, then Enter or
 * leaving the field saves, Escape cancels), each save one audit entry; the email with a
 * "mark verified" switch and the pending address; id, created at and linked identities greyed;
 * custom fields and free attributes; billing and API keys (masked); the audit history, newest first, paged. A
 * change someone else saved meanwhile opens a dialog (their value beside yours), never a
 * silent overwrite. Non-admins get a "not allowed" state.
 *
 * Notification preferences are not edited here: put `<NotificationPrefs userId={…} />` beside it.
 *
 * Root: `data-pk-component="admin-user-detail"`, `data-state` `loading | error | ready`; each
 * row `data-pk-field` and `data-state` (see `InlineField`).
 */
export function AdminUserDetail({ userId, className, auditPageSize = 10 }: AdminUserDetailProps) {
  const profile = useProfile(userId);
  const fieldAccess = useFieldAccess(userId);
  const { config, access, isSelf } = fieldAccess;
  const forbidden = useMemo(() => new ProfileError('forbidden', 'Only administrators may open other users'), []);

  const root = (state: 'loading' | 'error' | 'ready', children: ReactNode) => (
    <div className={cx('pk-root pk-admin-user-detail', className)} data-pk-component="admin-user-detail" data-state={state}>
      {children}
    </div>
  );

  if (config && !config.viewer.isAdmin) return root('error', <ErrorState error={forbidden} />);
  const error = (!config ? fieldAccess.error : null) ?? (!profile.data ? profile.error : null);
  if (error) {
    const retry = () => {
      if (fieldAccess.error) void fieldAccess.refetch();
      if (profile.error) void profile.refetch();
    };
    return root('error', <ErrorState error={error} onRetry={FINAL.has(error.code) ? undefined : retry} />);
  }
  if (!profile.data || !config || !access) return root('loading', <Skeleton rows={10} />);
  return root(
    'ready',
    <LoadedDetail userId={userId} profile={profile.data} config={config} access={access} isSelf={isSelf} auditPageSize={auditPageSize} />,
  );
}

interface LoadedDetailProps {
  userId: string;
  profile: Profile;
  config: ViewerConfig;
  access: FieldAccessMap;
  isSelf: boolean;
  auditPageSize: number;
}

function LoadedDetail({ userId, profile, config, access, isSelf, auditPageSize }: LoadedDetailProps) {
  const { admin } = useMessages();
  const fmt = useFormatters();
  const idPrefix = `pk-aud${useId()}`;
  const titleId = `${idPrefix}-title`;
  const [status, setStatus] = useState('');
  const [overwriteError, setOverwriteError] = useState<string | null>(null);
  const inline = useInlineSaver(userId, { onOverwriteError: (error) => setOverwriteError(fmt.error(error)) });
  const schema = useMemo(() => createPatchSchema(config, access), [config, access]);
  // The same message twice in a row must be announced twice: make the text differ.
  const announce = useCallback((message: string) => {
    setOverwriteError(null);
    setStatus((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);
  const { saveField, setEmail, currentProfile, currentVersion } = inline;
  const ctx = useMemo<DetailContext>(
    () => ({ userId, isSelf, config, schema, saveField, setEmail, currentProfile, currentVersion, announce }),
    [userId, isSelf, config, schema, saveField, setEmail, currentProfile, currentVersion, announce],
  );

  const title = profile.name || profile.email || fmt.format(admin.untitled, { id: profile.id });
  const values = profile as unknown as Record<string, unknown>;
  const billingAccess = access.billing;
  const customKeys = Object.keys(config.custom).filter((key) => access[`custom.${key}`]?.visible);

  return (
    <>
      <h2 className="pk-admin-title" id={titleId}>
        {title}
      </h2>
      <section className="pk-section pk-admin-section" aria-labelledby={`${titleId}-account`} data-pk-section="account">
        <h3 className="pk-section-title" id={`${titleId}-account`}>
          {admin.sections.account}
        </h3>
        <div className="pk-admin-rows">
          {BUILTIN_FIELD_NAMES.map((name) => {
            const fieldAccess = access[name];
            if (!fieldAccess?.visible) return null;
            const label = config.fields[name]?.label ?? name;
            if (name === 'email') {
              return (
                <EmailRow
                  key={name}
                  label={label}
                  email={profile.email}
                  emailVerified={profile.emailVerified}
                  pendingEmail={profile.pendingEmail}
                  access={fieldAccess}
                  ctx={ctx}
                  idPrefix={idPrefix}
                />
              );
            }
            if (NOT_PLAIN_ROWS.has(name)) return null;
            return <BuiltinRow key={name} name={name} label={label} value={values[name]} access={fieldAccess} ctx={ctx} idPrefix={idPrefix} />;
          })}
        </div>
      </section>
      {billingAccess?.visible ? (
        <section className="pk-section pk-admin-section" aria-labelledby={`${titleId}-billing`} data-pk-section="billing">
          <h3 className="pk-section-title" id={`${titleId}-billing`}>
            {config.fields.billing?.label ?? admin.sections.billing}
          </h3>
          <div className="pk-admin-rows">
            {BILLING_PARTS.map((part) => (
              <BillingRow key={part} part={part} value={profile.billing?.[part]} access={billingAccess} ctx={ctx} idPrefix={idPrefix} />
            ))}
          </div>
        </section>
      ) : null}
      {access.apiKeys?.visible ? (
        <ApiKeysSection apiKeys={profile.apiKeys} access={access.apiKeys} ctx={ctx} idPrefix={idPrefix} title={config.fields.apiKeys?.label ?? admin.sections.apiKeys} />
      ) : null}
      {customKeys.length > 0 ? (
        <section className="pk-section pk-admin-section" aria-labelledby={`${titleId}-custom`} data-pk-section="custom">
          <h3 className="pk-section-title" id={`${titleId}-custom`}>
            {admin.sections.custom}
          </h3>
          <div className="pk-admin-rows">
            {customKeys.map((key) => (
              <CustomRow
                key={key}
                fieldKey={key}
                field={config.custom[key]!}
                value={profile.custom?.[key]}
                access={access[`custom.${key}`]!}
                ctx={ctx}
                idPrefix={idPrefix}
              />
            ))}
          </div>
        </section>
      ) : null}
      {config.attributes && access.attributes?.visible ? (
        <AttributesSection attributes={profile.attributes} settings={config.attributes} access={access.attributes} ctx={ctx} idPrefix={idPrefix} />
      ) : null}
      <LiveStatus tone="success">{status}</LiveStatus>
      <FormAlert message={overwriteError} />
      <AuditHistory userId={userId} config={config} pageSize={auditPageSize} title={admin.sections.history} />
      <VersionConflictDialog saver={inline.saver} />
      <VersionConflictDialog saver={inline.emailConflictSaver} />
    </>
  );
}
