import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { resolveNotifications, type Profile } from '../../../core/browser';
import { useSaveProfile } from '../../hooks/use-save-profile';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { focusIfLost } from '../../ui/focus-if-lost';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import { cellNames } from './cell-names';
import { toPatch, withCells, type Cells } from './notification-cells';
import { cellKey, switchId } from './notification-grid';
import { useUnresolvedChoices } from './use-unresolved-choices';

/**
 * The root's `data-state`: `loading`, `error` (could not load; retry offered), `ready`,
 * `readonly` (the viewer may not change these), `dirty` (unsaved changes: save-button mode's
 * draft, or, in instant mode, switches still showing a choice whose conflict dialog was closed
 * without an answer; "Save again" shows it anew), `saving`, `saved`, `failed` (the last save
 * failed), `conflict` (someone saved meanwhile: the conflict dialog is open).
 */
export type NotificationPrefsState = 'loading' | 'error' | 'ready' | 'readonly' | 'dirty' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface NotificationPrefsControllerOptions {
  userId?: string;
  loaded: LoadedProfile;
  mode: 'instant' | 'save-button';
  onSaved?: (profile: Profile) => void;
}

/** A save-button draft: the changed cells and the version they were made on. */
interface Draft {
  base: number;
  cells: Cells;
}

/** The grid's state and its saving: instant toggles or a save-button draft, and the conflict. */
export function useNotificationPrefsController({ userId, loaded, mode, onSaved }: NotificationPrefsControllerOptions) {
  const { profile, config, access } = loaded;
  const { common, notifications: messages } = useMessages();
  const fmt = useFormatters();
  const idPrefix = useId();
  const fieldAccess = access.notifications;
  const readOnlyReason = fieldAccess?.editable ? null : (fieldAccess?.reason ?? 'not-permitted');

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
      // (Instant mode: a switch keeps focus; "Save again" going away sends it to its switch.)
      if (mode === 'save-button') focusIfLost(() => statusRef.current);
      onSaved?.(next);
    },
    onKeepTheirs: () => setDraft(null),
    // Closed without a choice: the draft stays on its old version; the next Save meets the conflict again.
    // (Instant mode: the switch keeps the choice, and the unresolved alert says so.)
    onDismiss: () => (mode === 'save-button' ? setAlert(common.conflict.unresolved) : undefined),
    onError: (error) => setAlert(fmt.format(messages.saveAllFailed, { error: fmt.error(error) })),
  });
  const choices = useUnresolvedChoices(saver, (key) => document.getElementById(switchId(idPrefix, key)));
  const { unresolved, add: addUnresolved, settle } = choices;

  const resolved = useMemo(() => resolveNotifications(config.notifications, profile.notifications), [config.notifications, profile.notifications]);
  const values = useMemo(
    () => withCells(withCells(withCells(resolved, draft?.cells ?? {}), unresolved?.cells ?? {}), pending),
    [resolved, draft, unresolved, pending],
  );
  const busy = useMemo(() => new Set(Object.keys(pending)), [pending]);

  // What the stable toggle handler reads: always the latest render's.
  const now = { mode, resolved, version: profile.version, unresolved, save: saver.save, config, messages, fmt };
  const latest = useRef(now);
  latest.current = now;
  const sequence = useRef(0);
  const lastSave = useRef<Record<string, number>>({});

  const onToggle = useCallback(
    (channel: string, topic: string, on: boolean) => {
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
      const choice = now.unresolved?.cells[key];
      if (choice !== undefined) {
        // A new choice replaces the unsaved one; back to the stored value, there is nothing to save.
        settle({ [key]: choice });
        if (now.resolved[channel]?.[topic] === on) return;
      }
      setPending((current) => ({ ...current, [key]: on }));
      now
        .save({ notifications: { [channel]: { [topic]: on } } })
        .then((result) => {
          if (result.status === 'conflict' && lastSave.current[key] === id) addUnresolved(result.conflict, now.version);
        })
        .catch((error: unknown) => {
          const { config: cfg, messages: m, fmt: f } = latest.current;
          setAlert(f.format(m.saveFailed, { ...cellNames(cfg, key), error: f.error(error) }));
        })
        .finally(() => {
          // A later toggle of the same switch owns its pending value.
          if (lastSave.current[key] !== id) return;
          setPending(({ [key]: _done, ...rest }) => rest);
        });
    },
    [addUnresolved, settle],
  );

  /** Save (save-button mode) or Save again (instant mode); a conflict goes to the dialog. */
  const submit = async (save: () => Promise<unknown>) => {
    setAlert(null);
    try {
      await save();
    } catch (error) {
      setAlert(fmt.format(messages.saveAllFailed, { error: fmt.error(error) }));
    }
  };
  const saveDraft = () => (draft && !saver.isSaving ? submit(() => saver.save(toPatch(draft.cells), draft.base)) : undefined);
  const saveAgain = () => void submit(choices.saveAgain);

  // Save-button mode's draft, or instant mode's unresolved choices (never both).
  const changes = Object.keys(draft?.cells ?? unresolved?.cells ?? {}).length;
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

  // Hidden while the dialog is open, so that closing it announces it anew.
  const unsavedReason =
    unresolved && !saver.conflict
      ? fmt.format(messages.unresolved, {
          switches: new Intl.ListFormat(fmt.locale).format(Object.keys(unresolved.cells).map((key) => fmt.format(messages.switchLabel, cellNames(config, key)))),
        })
      : null;
  const status = saver.isSaving ? common.saving : changes > 0 ? fmt.format(messages.unsaved, { count: fmt.number(changes) }) : saved ? common.saved : null;

  return {
    state,
    mode,
    idPrefix,
    readOnlyReason,
    values,
    busy,
    unresolved,
    unsavedReason,
    alert,
    status,
    statusTone: saved && !saver.isSaving && changes === 0 ? ('success' as const) : ('neutral' as const),
    statusRef,
    changes,
    isSaving: saver.isSaving,
    onToggle,
    saveDraft: () => void saveDraft(),
    saveAgain,
    reset: () => setDraft(null),
    conflictSaver: choices.conflictSaver,
  };
}

export type NotificationPrefsController = ReturnType<typeof useNotificationPrefsController>;
