import { useId, type ReactNode } from 'react';
import type { AccountExport } from '../../../core/browser';
import { account } from '../../i18n/locales/en/account';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { ComponentRoot } from '../../ui/component-root';
import { FormAlert } from '../../ui/form-alert';
import { LiveStatus } from '../../ui/live-status';
import { ProfileShell, type ShellRoot } from '../../ui/profile-shell';
import { useAccountDataExportController } from './use-account-data-export-controller';

export type { AccountDataExportState } from './use-account-data-export-controller';

export interface AccountDataExportProps {
  /** Added to the root element's classes (`pk-root pk-account-data-export`). */
  className?: string;
  /** Once the browser has the file, with the document it holds (`AccountExport`). */
  onExported?: (document: AccountExport) => void;
}

/**
 * "Download your data": the viewer's own account as one JSON file (`AccountExport`, the GDPR
 * copy: both records, settings, linked sign-ins, history; never a secret), named
 * `profilekit-export-<id>-<date>.json`. The button is busy (`aria-disabled`, the root
 * `aria-busy`) while the file is prepared and a polite status says so, then that it downloaded;
 * a failure (rate limited, with the wait; offline) is an alert. Each export is an audit entry.
 * Renders nothing when the config's `lifecycle.self.export` does not allow it. Admins download
 * another account's data from `AdminUserDetail`.
 *
 * Root: `data-pk-component="account-data-export"`, `data-state` (see `AccountDataExportState`).
 *
 * @example
 * <AccountDataExport onExported={(document) => console.info('exported', document.exportedAt)} />
 */
export function AccountDataExport({ className, onExported }: AccountDataExportProps) {
  const m = useComponentMessages('account', account).export;
  const header = <h2 className="pk-section-title">{m.title}</h2>;
  return (
    <ProfileShell root={{ component: 'account-data-export', rootClass: 'pk-account-data-export', className, as: 'section' }} rows={1} header={header}>
      {(loaded, root) => (loaded.config.lifecycle.self.export ? <AccountDataExportView root={root} header={header} onExported={onExported} /> : null)}
    </ProfileShell>
  );
}

function AccountDataExportView({ root, header, onExported }: { root: ShellRoot; header: ReactNode; onExported?: AccountDataExportProps['onExported'] }) {
  const m = useComponentMessages('account', account).export;
  const fmt = useFormatters();
  const c = useAccountDataExportController(undefined, onExported);
  const descriptionId = useId();
  return (
    <ComponentRoot {...root} state={c.state} aria-busy={c.busy || undefined}>
      {header}
      <p className="pk-help" id={descriptionId}>
        {m.description}
      </p>
      <FormAlert message={c.alert} />
      <div className="pk-actions">
        <LiveStatus tone={c.file ? 'success' : 'neutral'}>{c.busy ? m.preparing : c.file ? fmt.format(m.done, { file: c.file }) : null}</LiveStatus>
        {/* aria-disabled, not disabled: the button keeps focus while the file is prepared. */}
        <button type="button" className="pk-button" aria-describedby={descriptionId} aria-disabled={c.busy || undefined} onClick={() => void c.start()}>
          {c.busy ? <span className="pk-spinner" aria-hidden="true" /> : null}
          {m.button}
        </button>
      </div>
    </ComponentRoot>
  );
}
