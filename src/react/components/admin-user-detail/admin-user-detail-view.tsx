import { BUILTIN_FIELD_NAMES } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { ComponentRoot } from '../../ui/component-root';
import { FormAlert } from '../../ui/form-alert';
import { LiveStatus } from '../../ui/live-status';
import type { ShellRoot } from '../../ui/profile-shell';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import { VersionConflictDialog } from '../../ui/version-conflict-dialog';
import { AdminSection } from './admin-section';
import { ApiKeysEditor } from './api-keys-editor';
import { AttributesSection } from './attributes-section';
import { AuditHistory } from './audit-history';
import { BILLING_PARTS, BillingRow } from './billing-row';
import { BuiltinRow } from './builtin-row';
import { CustomRow } from './custom-row';
import { EmailRow } from './email-row';
import { useLazyKit } from '../../ui/lazy-kit';
import { lazyAccountActions } from './lazy-account-actions';
import { useAdminUserDetailController } from './use-admin-user-detail-controller';

/** Built-ins shown by a row of their own, or not here. */
const NOT_PLAIN_ROWS = new Set(['email', 'emailVerified', 'pendingEmail', 'notifications', 'billing', 'apiKeys']);

export interface AdminUserDetailViewProps {
  userId: string;
  loaded: LoadedProfile;
  root: ShellRoot;
  auditPageSize: number;
  onDeleted?: (userId: string) => void;
}

/** The loaded screen, from `useAdminUserDetailController`: the sections of rows, the history and the conflict dialogs, in the root with the controller's state. */
export function AdminUserDetailView({ userId, loaded, root, auditPageSize, onDeleted }: AdminUserDetailViewProps) {
  const c = useAdminUserDetailController(userId, loaded, onDeleted);
  const { profile, config, access, isSelf } = loaded;
  const { admin } = useMessages();
  const fmt = useFormatters();
  const { ctx, idPrefix } = c;
  const kit = useLazyKit();
  const title = profile.name || profile.email || fmt.format(admin.untitled, { id: profile.id });
  const values: Partial<Record<string, unknown>> = profile;
  const billingAccess = access.billing;
  const customKeys = Object.keys(config.custom).filter((key) => access[`custom.${key}`]?.visible);
  const rowProps = { ctx, idPrefix };

  return (
    <ComponentRoot {...root} state={c.state}>
      <h2 className="pk-admin-title">{title}</h2>
      <lazyAccountActions.Part when kit={kit} userId={userId} profile={profile} config={config} isSelf={isSelf} announce={ctx.announce} erased={c.erased} onErased={c.onErased} />
      {c.erased ? null : (
        <>
          <AdminSection name="account" title={admin.sections.account}>
            <div className="pk-admin-rows">
              {BUILTIN_FIELD_NAMES.map((name) => {
                const fieldAccess = access[name];
                if (!fieldAccess?.visible) return null;
                const label = config.fields[name]?.label ?? name;
                if (name === 'email') {
                  const { email, emailVerified, pendingEmail } = profile;
                  return <EmailRow key={name} label={label} {...{ email, emailVerified, pendingEmail }} access={fieldAccess} {...rowProps} />;
                }
                if (NOT_PLAIN_ROWS.has(name)) return null;
                return <BuiltinRow key={name} name={name} label={label} value={values[name]} access={fieldAccess} {...rowProps} />;
              })}
            </div>
          </AdminSection>
          {billingAccess?.visible ? (
            <AdminSection name="billing" title={config.fields.billing?.label ?? admin.sections.billing}>
              <div className="pk-admin-rows">
                {BILLING_PARTS.map((part) => (
                  <BillingRow key={part} part={part} value={profile.billing?.[part]} access={billingAccess} {...rowProps} />
                ))}
              </div>
            </AdminSection>
          ) : null}
          {access.apiKeys?.visible ? (
            <ApiKeysEditor apiKeys={profile.apiKeys} access={access.apiKeys} {...rowProps} title={config.fields.apiKeys?.label ?? admin.sections.apiKeys} />
          ) : null}
          {customKeys.length > 0 ? (
            <AdminSection name="custom" title={admin.sections.custom}>
              <div className="pk-admin-rows">
                {customKeys.map((key) => (
                  <CustomRow key={key} fieldKey={key} field={config.custom[key]!} value={profile.custom?.[key]} access={access[`custom.${key}`]!} {...rowProps} />
                ))}
              </div>
            </AdminSection>
          ) : null}
          {config.attributes && access.attributes?.visible ? (
            <AttributesSection attributes={profile.attributes} settings={config.attributes} access={access.attributes} {...rowProps} />
          ) : null}
        </>
      )}
      <LiveStatus tone="success">{c.status}</LiveStatus>
      <FormAlert message={c.overwriteError} />
      <AuditHistory userId={userId} config={config} pageSize={auditPageSize} title={admin.sections.history} />
      {c.erased ? null : <VersionConflictDialog saver={c.saver} />}
    </ComponentRoot>
  );
}
