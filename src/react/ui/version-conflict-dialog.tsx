import { resolveNotifications, type Profile } from '../../core/browser';
import { fieldInfo, patchPaths, valueAt } from '../fields/field-info';
import { useFormatValue } from '../fields/use-format-value';
import { useProfileConfig } from '../hooks/use-profile-config';
import { useMessages } from '../i18n/use-messages';
import { Dialog } from './dialog';

function theirValue(theirs: Profile, path: string, config: NonNullable<ReturnType<typeof useProfileConfig>['data']>): unknown {
  if (!path.startsWith('notifications.')) return valueAt(theirs, path);
  return valueAt({ notifications: resolveNotifications(config.notifications, theirs.notifications) }, path);
}

/** What the dialog shows and answers: a `useSaveProfile` saver, or a choice shaped like one. */
export interface ConflictChoice {
  conflict: { patch: object; theirs: Profile } | null;
  keepTheirs: () => void;
  overwrite: () => Promise<unknown>;
  dismiss: () => void;
}

/**
 * The version conflict of a `useSaveProfile` saver, when there is one: every field the user
 * changed, their value beside yours, "keep theirs" or "overwrite with mine". Never silent.
 * Closing it otherwise (Escape, a click outside) calls `dismiss`: the edit stays, unsaved, and
 * the conflict comes back with its next save. Focus returns to where it was (the control that
 * saved, or what replaced it). Its Radix part is a lazy chunk (`Dialog`).
 */
export function VersionConflictDialog({ saver }: { saver: ConflictChoice }) {
  const { common } = useMessages();
  const { data: config } = useProfileConfig();
  const formatValue = useFormatValue();
  const { conflict } = saver;
  const rows = conflict && config ? patchPaths(conflict.patch as Record<string, unknown>).map((path) => fieldInfo(config, path)) : [];
  return (
    <Dialog
      open={conflict !== null}
      onOpenChange={(open) => (open ? undefined : saver.dismiss())}
      title={common.conflict.title}
      description={common.conflict.description}
      className="pk-conflict"
      name="conflict"
    >
      {conflict ? (
        <table className="pk-conflict-table">
          <thead>
            <tr>
              <th scope="col">{common.conflict.field}</th>
              <th scope="col">{common.conflict.theirs}</th>
              <th scope="col">{common.conflict.mine}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((info) => (
              <tr key={info.path} data-pk-path={info.path}>
                <th scope="row">{info.label}</th>
                <td>{formatValue(theirValue(conflict.theirs, info.path, config!), info)}</td>
                <td>{formatValue(valueAt(conflict.patch as Record<string, unknown>, info.path), info)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="pk-actions">
        <button type="button" className="pk-button" onClick={() => saver.keepTheirs()}>
          {common.conflict.keepTheirs}
        </button>
        <button type="button" className="pk-button pk-button--primary" onClick={() => void saver.overwrite().catch(() => undefined)}>
          {common.conflict.overwrite}
        </button>
      </div>
    </Dialog>
  );
}
