import { useCallback, useId, useMemo, useRef, useState } from 'react';
import {
  resolveNotifications,
  type FieldAccessMap,
  type NotificationPrefs as NotificationValues,
  type Profile,
  type ProfilePatch,
  type ViewerConfig,
} from '../../../core/browser';
import { useFieldAccess } from '../../hooks/use-field-access';
import { useProfile } from '../../hooks/use-profile';
import { useSaveProfile } from '../../hooks/use-save-profile';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { cx } from '../../ui/class-names';
import { FormAlert } from '../../ui/form-alert';
import { focusIfLost } from '../../ui/focus-if-lost';
import { LiveStatus } from '../../ui/live-status';
import { ProfileGate } from '../../ui/profile-gate';
import { VersionConflictDialog } from '../../ui/version-conflict-dialog';
import { cellKey, NotificationGrid } from './notification-grid';
import { useReportState } from '../../ui/use-report-state';

export interface NotificationPrefsProps {
  /** Whose preferences: absent for the viewer's own; an id for another user's (admins). */
  userId?: string;
  /** Added to the root element's classes (`pk-root pk-notification-prefs`). */
  className?: string;
  /**
   * `instant` (default): each switch saves at once, shown on before the server answers and turned
   * back (with an alert naming it) if the save fails. `save-button`: changes wait for Save (only
   * the changed switches are sent) and Reset drops them.
   */
  mode?: 'instant' | 'save-button';
  /** After each successful save (every switch in `instant` mode), with the profile as saved. */
  onSaved?: (profile: Profile) => void;
}

/**
 * The root's `data-state`: `loading`, `error` (could not load; retry offered), `ready`,
 * `readonly` (the viewer may not change these), `dirty` (save-button mode: unsaved changes),
 * `saving`, `saved`, `failed` (the last save failed), `conflict` (someone saved meanwhile).
 */
export type NotificationPrefsState = 'loading' | 'error' | 'ready' | 'readonly' | 'dirty' | 'saving' | 'saved' | 'failed' | 'conflict';

/**
 * Notification preferences as a channel x topic grid of switches, with values from
 * `resolveNotifications` (the user's choice, else the topic's default). Mandatory topics are on
 * and locked with their reason. Renders nothing when the viewer may not see the preferences.
 */
export function NotificationPrefs({ userId, className, mode = 'instant', onSaved }: NotificationPrefsProps) {
  const messages = useMessages().notifications;
  const titleId = useId();
  const [editorState, setEditorState] = useState<NotificationPrefsState>('ready');
  const profile = useProfile(userId);
  const { config, access, error } = useFieldAccess(userId);
  const loaded = Boolean(profile.data && config && access);
  if (loaded && !access?.notifications?.visible) return null;
  const state: NotificationPrefsState = profile.error || error ? 'error' : loaded ? editorState : 'loading';
  return (
    <section
      className={cx('pk-root pk-notification-prefs', className)}
      data-pk-component="notification-prefs"
      data-pk-mode={mode}
      data-state={state}
    >
      <h2 id={titleId} className="pk-section-title">
        {messages.title}
      </h2>
      <ProfileGate userId={userId} rows={3}>
        {(gate) => (
          <NotificationEditor
            key={mode}
            userId={userId}
            profile={gate.profile}
            config={gate.config}
            access={gate.access}
            mode={mode}
            titleId={titleId}
            onSaved={onSaved}
            onStateChange={setEditorState}
          />
        )}
      </ProfileGate>
    </section>
  );
}

interface NotificationEditorProps {
  userId?: string;
  profile: Profile;
  config: ViewerConfig;
  access: FieldAccessMap;
  mode: 'instant' | 'save-button';
  titleId: string;
  onSaved?: (profile: Profile) => void;
  onStateChange: (state: NotificationPrefsState) => void;
}

/** A save-button draft: the changed cells and the version they were made on. */
interface Draft {
  base: number;
  cells: Record<string, boolean>;
}

function toPatch(cells: Record<string, boolean>): ProfilePatch {
  const notifications: Record<string, Record<string, boolean>> = {};
  for (const [key, value] of Object.entries(cells)) {
    const [channel, topic] = key.split('.') as [string, string];
    (notifications[channel] ??= {})[topic] = value;
  }
  return { notifications };
}

function withCells(values: NotificationValues, cells: Record<string, boolean>): NotificationValues {
  const entries = Object.entries(cells);
  if (entries.length === 0) return values;
  const next: NotificationValues = { ...values };
  for (const [key, value] of entries) {
    const [channel, topic] = key.split('.') as [string, string];
    if (next[channel]?.[topic] !== undefined) next[channel] = { ...next[channel], [topic]: value };
  }
  return next;
}

function NotificationEditor({ userId, profile, config, access, mode, titleId, onSaved, onStateChange }: NotificationEditorProps) {
  const { common, notifications: messages } = useMessages();
  const fmt = useFormatters();
  const idPrefix = useId();
  const fieldAccess = access.notifications;
  const readOnlyReason = fieldAccess?.editable ? null : (fieldAccess?.reason ?? 'not-permitted');
  const readOnlyReasonId = readOnlyReason ? `${idPrefix}-reason` : undefined;

  const [draft, setDraft] = useState<Draft | null>(null);
  /** Instant mode: the value each switch is being saved to, shown until the save settles. */
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const saver = useSaveProfile({
    userId,
    optimistic: mode === 'instant',
    onSaved: (next) => {
      setDraft(null);
      setSaved(true);
      // Nothing left to save disables Save, which drops focus: it goes to "Saved" instead.
      focusIfLost(() => statusRef.current);
      onSaved?.(next);
    },
    onKeepTheirs: () => setDraft(null),
    // Closed without a choice: the draft stays on its old version; the next Save meets the conflict again.
    onDismiss: () => setAlert(common.conflict.unresolved),
    onError: (error) => setAlert(fmt.format(messages.saveAllFailed, { error: fmt.error(error) })),
  });

  const resolved = useMemo(() => resolveNotifications(config.notifications, profile.notifications), [config.notifications, profile.notifications]);
  const values = useMemo(() => withCells(withCells(resolved, draft?.cells ?? {}), pending), [resolved, draft, pending]);
  const busy = useMemo(() => new Set(Object.keys(pending)), [pending]);

  // What the stable toggle handler reads: always the latest render's.
  const latest = useRef({ mode, resolved, version: profile.version, save: saver.save, config, messages, fmt });
  latest.current = { mode, resolved, version: profile.version, save: saver.save, config, messages, fmt };
  const sequence = useRef(0);
  const lastSave = useRef<Record<string, number>>({});

  const onToggle = useCallback((channel: string, topic: string, on: boolean) => {
    const now = latest.current;
    const key = cellKey(channel, topic);
    setSaved(false);
    if (now.mode === 'save-button') {
      setDraft((current) => {
        const cells = { ...current?.cells };
        if (now.resolved[channel]?.[topic] === on) delete cells[key];
        else cells[key] = on;
        return Object.keys(cells).length > 0 ? { base: current?.base ?? now.version, cells } : null;
      });
      return;
    }
    const id = ++sequence.current;
    lastSave.current[key] = id;
    setAlert(null);
    setPending((current) => ({ ...current, [key]: on }));
    now
      .save({ notifications: { [channel]: { [topic]: on } } })
      .catch((error: unknown) => {
        const { config: cfg, messages: m, fmt: f } = latest.current;
        const names = {
          topic: cfg.notifications.topics.find((t) => t.id === topic)?.label ?? topic,
          channel: cfg.notifications.channels.find((c) => c.id === channel)?.label ?? channel,
        };
        setAlert(f.format(m.saveFailed, { ...names, error: f.error(error) }));
      })
      .finally(() => {
        // A later toggle of the same switch owns its pending value.
        if (lastSave.current[key] !== id) return;
        setPending(({ [key]: _done, ...rest }) => rest);
      });
  }, []);

  const submit = async () => {
    if (!draft || saver.isSaving) return;
    setAlert(null);
    try {
      await saver.save(toPatch(draft.cells), draft.base);
    } catch (error) {
      setAlert(fmt.format(messages.saveAllFailed, { error: fmt.error(error) }));
    }
  };

  const changes = draft ? Object.keys(draft.cells).length : 0;
  const state: NotificationPrefsState = saver.conflict
    ? 'conflict'
    : saver.isSaving
      ? 'saving'
      : alert
        ? 'failed'
        : changes > 0
          ? 'dirty'
          : readOnlyReason
            ? 'readonly'
            : saved
              ? 'saved'
              : 'ready';
  useReportState(state, onStateChange);

  const status = saver.isSaving ? common.saving : changes > 0 ? fmt.format(messages.unsaved, { count: fmt.number(changes) }) : saved ? common.saved : null;
  return (
    <>
      {readOnlyReason ? (
        <p className="pk-reason" id={readOnlyReasonId}>
          {common.readOnly[readOnlyReason]}
        </p>
      ) : null}
      <NotificationGrid
        idPrefix={idPrefix}
        labelledBy={titleId}
        notifications={config.notifications}
        values={values}
        busy={busy}
        readOnlyReasonId={readOnlyReasonId}
        onToggle={onToggle}
      />
      <FormAlert message={alert} />
      <div className="pk-actions">
        <LiveStatus ref={statusRef} tone={saved && !saver.isSaving && changes === 0 ? 'success' : 'neutral'}>
          {status}
        </LiveStatus>
        {mode === 'save-button' && !readOnlyReason ? (
          <>
            <button type="button" className="pk-button" disabled={changes === 0 || saver.isSaving} onClick={() => setDraft(null)}>
              {messages.reset}
            </button>
            {/* aria-disabled while saving: it keeps focus until the save settles. */}
            <button
              type="button"
              className="pk-button pk-button--primary"
              disabled={changes === 0 && !saver.isSaving}
              aria-disabled={saver.isSaving || undefined}
              onClick={() => void submit()}
            >
              {common.save}
            </button>
          </>
        ) : null}
      </div>
      <VersionConflictDialog saver={saver} />
    </>
  );
}
