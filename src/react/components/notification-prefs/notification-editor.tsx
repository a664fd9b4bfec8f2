import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { ComponentRoot } from '../../ui/component-root';
import { FormAlert } from '../../ui/form-alert';
import { LiveStatus } from '../../ui/live-status';
import type { ShellRoot } from '../../ui/profile-shell';
import { VersionConflictDialog } from '../../ui/version-conflict-dialog';
import { NotificationGrid } from './notification-grid';
import { useNotificationPrefsController, type NotificationPrefsControllerOptions } from './use-notification-prefs-controller';

export interface NotificationEditorProps {
  options: NotificationPrefsControllerOptions;
  root: ShellRoot;
  /** The section's heading, the same one the shell shows while loading. */
  header: ReactNode;
  titleId: string;
}

/** The loaded view of `useNotificationPrefsController`: the grid, its alerts and actions and the conflict dialog, in the root with the controller's state. */
export function NotificationEditor({ options, root, header, titleId }: NotificationEditorProps) {
  const c = useNotificationPrefsController(options);
  const { common, notifications: messages } = useMessages();
  const readOnlyReasonId = c.readOnlyReason ? `${c.idPrefix}-reason` : undefined;
  const unsavedReasonId = `${c.idPrefix}-unsaved`;
  return (
    <ComponentRoot {...root} state={c.state}>
      {header}
      {c.readOnlyReason ? (
        <p className="pk-reason" id={readOnlyReasonId}>
          {common.readOnly[c.readOnlyReason]}
        </p>
      ) : null}
      <NotificationGrid
        idPrefix={c.idPrefix}
        labelledBy={titleId}
        notifications={options.loaded.config.notifications}
        values={c.values}
        busy={c.busy}
        unsaved={c.unresolved?.cells}
        unsavedReasonId={c.unsavedReason ? unsavedReasonId : undefined}
        readOnlyReasonId={readOnlyReasonId}
        onToggle={c.onToggle}
      />
      <FormAlert message={c.unsavedReason} id={unsavedReasonId} />
      <FormAlert message={c.alert} />
      <div className="pk-actions">
        <LiveStatus ref={c.statusRef} tone={c.statusTone}>
          {c.status}
        </LiveStatus>
        {c.mode === 'instant' && c.unresolved ? (
          // Stays while the dialog is open, so that focus comes back to it.
          <button type="button" className="pk-button pk-button--primary" aria-describedby={c.unsavedReason ? unsavedReasonId : undefined} onClick={c.saveAgain}>
            {messages.saveAgain}
          </button>
        ) : null}
        {c.mode === 'save-button' && !c.readOnlyReason ? (
          <>
            <button type="button" className="pk-button" disabled={c.changes === 0 || c.isSaving} onClick={c.reset}>
              {messages.reset}
            </button>
            {/* aria-disabled while saving: it keeps focus until the save settles. */}
            <button
              type="button"
              className="pk-button pk-button--primary"
              disabled={c.changes === 0 && !c.isSaving}
              aria-disabled={c.isSaving || undefined}
              onClick={c.saveDraft}
            >
              {common.save}
            </button>
          </>
        ) : null}
      </div>
      <VersionConflictDialog saver={c.conflictSaver} />
    </ComponentRoot>
  );
}
