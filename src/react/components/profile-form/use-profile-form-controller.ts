import { profileFormResolver } from './profile-form-resolver';
import { createFormControl, get, useForm, type UseFormProps } from 'react-hook-form';
import { createPatchSchema, type Profile, type ProfilePatch } from '../../../core/browser';
import { useSaveProfile } from '../../hooks/use-save-profile';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { saveErrors } from './field-errors';
import { isEditable, planProfileForm, toFormValues, type ProfileFormValues } from './form-plan';
import type { ProfileFormProps, ProfileFormState } from './profile-form-props';
import { rebaseDraft } from './rebase-draft';
import type { FormStatus } from './save-bar';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLoadedProfile } from '../../ui/use-loaded-profile';

/**
 * What the form's changes are measured against: the values it was loaded (or last reset) with,
 * and the version a save is based on. After a clash (someone else changed a field the user is
 * editing) `version` stays behind on purpose, so that the save ends in the conflict dialog.
 */
interface Baseline {
  version: number;
  /** The newest profile version the form has taken in. */
  seen: number;
  values: ProfileFormValues;
  /** A field the user is editing changed under them: `version` stays behind until a reset. */
  clashed: boolean;
}

type FormOptions = UseFormProps<ProfileFormValues, unknown, ProfilePatch>;

/** Owns a ProfileForm: loading, the draft and its baseline, saving, conflicts, errors, its `data-state`. */
export function useProfileFormController({ userId, onSaved, emailChange = true, customFields = false }: ProfileFormProps) {
  const load = useLoadedProfile(userId);
  const loaded = load.status === 'ready' ? load.loaded : null;
  const messages = useMessages();
  const { common, profileForm: m } = messages;
  const fmt = useFormatters();
  const idPrefix = useId();
  const idOf = useCallback((name: string) => `${idPrefix}${name.replace(/\./g, '-')}`, [idPrefix]);

  const { config, access } = loaded ?? {};
  const showEmailChange = Boolean(loaded?.isSelf && emailChange && access?.email?.visible);
  const entries = useMemo(
    () => (config && access ? planProfileForm(config, access, { customFields, omitEmail: showEmailChange }) : []),
    [config, access, customFields, showEmailChange],
  );
  const schema = useMemo(() => config && access && createPatchSchema(config, access), [config, access]);

  const baseline = useRef<Baseline | null>(null);
  if (loaded && !baseline.current) {
    const { version } = loaded.profile;
    baseline.current = { version, seen: version, values: toFormValues(loaded.profile, entries), clashed: false };
  }
  const resolver = useMemo(() => (schema ? profileFormResolver(schema, entries, () => baseline.current!.values, fmt) : undefined), [schema, entries, fmt]);
  // Focus is ours: custom inputs may be groups, and server errors need it too.
  const options: FormOptions = { resolver, mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: false };
  // The controller is there before the profile (the root turns from loading into ready in
  // place), the form only once it is: its control is made then, with the profile as defaults.
  const made = useRef<ReturnType<typeof createFormControl<ProfileFormValues, unknown, ProfilePatch>>>(undefined);
  if (baseline.current) made.current ??= createFormControl({ ...options, defaultValues: baseline.current.values });
  const form = useForm<ProfileFormValues, unknown, ProfilePatch>({ ...options, formControl: made.current?.formControl });
  const { control, register, reset, setValue, getValues, setError } = form;

  const [status, setStatus] = useState<FormStatus | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  /** The values a save was sent with: edits made while it runs survive its reset. */
  const submitted = useRef<ProfileFormValues | null>(null);
  const inFlight = useRef(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const focusField = (name: string) => {
    const element = document.getElementById(idOf(name));
    const target = element?.matches('input, select, textarea') ? element : element?.querySelector<HTMLElement>('input, select, textarea');
    target?.focus();
  };
  const focusFirst = (has: (name: string) => unknown) => {
    const first = entries.find((entry) => isEditable(entry) && has(entry.name));
    if (first && isEditable(first)) focusField(first.name);
  };

  /** Takes `next` in as the saved state; with `keepEditsSince`, keeps what the user changed after that snapshot. */
  const resetTo = (next: Profile, keepEditsSince?: ProfileFormValues | null) => {
    const values = toFormValues(next, entries);
    const current = getValues();
    baseline.current = { version: next.version, seen: next.version, values, clashed: false };
    reset(values, { keepFieldsRef: true });
    if (!keepEditsSince) return;
    for (const [name, value] of rebaseDraft(keepEditsSince, keepEditsSince, current, entries).kept) setValue(name, value, { shouldDirty: true });
  };

  const showError = (error: unknown) => {
    const { fields, alert } = saveErrors(error, entries, fmt, messages);
    for (const [name, message] of fields) setError(name, { type: 'server', message });
    setAlert(alert);
    focusFirst((name) => fields.some(([field]) => field === name));
  };

  const saver = useSaveProfile({
    userId,
    onSaved: (saved) => {
      resetTo(saved, submitted.current);
      submitted.current = null;
      setAlert(null);
      setStatus({ message: m.saved, tone: 'success' });
      onSavedRef.current?.(saved);
    },
    onKeepTheirs: (theirs) => {
      resetTo(theirs);
      submitted.current = null;
      setAlert(null);
      setStatus({ message: m.keptTheirs, tone: 'neutral' });
    },
    // The dialog closed without a choice: the edits stay (the effect below keeps them over
    // theirs, and the version behind), so the next Save meets the conflict again.
    onDismiss: () => {
      submitted.current = null;
      setStatus(null);
      setAlert(common.conflict.unresolved);
    },
    onError: showError,
  });
  const savingRef = useRef(false);
  savingRef.current = saver.isSaving;

  // The cached profile moved on (another component saved, an email change, a refetch): take in
  // what the user has not touched; keep what they have. If someone else changed a field the
  // user is editing, keep the old version so that Save ends in the conflict dialog.
  const profile = loaded?.profile;
  useEffect(() => {
    const base = baseline.current;
    if (!profile || !base || profile.version <= base.seen) return;
    const next = toFormValues(profile, entries);
    const { kept, clash, changed } = rebaseDraft(base.values, next, getValues(), entries);
    const clashed = base.clashed || clash;
    baseline.current = { version: clashed ? base.version : profile.version, seen: profile.version, values: next, clashed };
    if (!changed) return;
    reset(next, { keepFieldsRef: true, keepErrors: true });
    for (const [name, value] of kept) setValue(name, value, { shouldDirty: true });
  }, [profile, entries, getValues, reset, setValue]);

  const onSubmit = form.handleSubmit(
    async (patch) => {
      if (inFlight.current || savingRef.current) return;
      setAlert(null);
      if (Object.keys(patch).length === 0) {
        setStatus({ message: m.nothingToSave, tone: 'neutral' });
        return;
      }
      setStatus(null);
      submitted.current = getValues();
      inFlight.current = true;
      try {
        await saver.save(patch, baseline.current!.version);
      } catch (error) {
        submitted.current = null;
        showError(error);
      } finally {
        inFlight.current = false;
      }
    },
    (errors) => {
      setStatus(null);
      setAlert(m.fixFields);
      focusFirst((name) => get(errors, name));
    },
  );

  const discard = useCallback(() => {
    const base = baseline.current!;
    // With the user's edits gone, nothing of theirs can clash any more: catch up on the version.
    baseline.current = { ...base, version: base.seen, clashed: false };
    reset(base.values, { keepFieldsRef: true });
    setAlert(null);
  }, [reset]);

  const hasEditable = entries.some(isEditable);
  const state: ProfileFormState =
    load.status !== 'ready' ? load.status : saver.conflict ? 'conflict' : saver.isSaving ? 'saving' : hasEditable ? 'ready' : 'readonly';
  return { load, state, entries, editable: hasEditable, emailChange: showEmailChange, control, register, idOf, onSubmit, discard, status, alert, saver };
}
