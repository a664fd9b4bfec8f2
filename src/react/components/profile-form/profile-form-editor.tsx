import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { get, set, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  createPatchSchema,
  isEmptyValue,
  isProfileError,
  type FieldAccessMap,
  type Profile,
  type ProfilePatch,
  type ViewerConfig,
} from '../../../core/browser';
import { valueAt } from '../../fields/field-info';
import { useFormatValue } from '../../fields/use-format-value';
import { useSaveProfile } from '../../hooks/use-save-profile';
import { useFormatters } from '../../i18n/use-formatters';
import { issueResolver } from '../../i18n/issue-resolver';
import { useMessages } from '../../i18n/use-messages';
import { FormAlert } from '../../ui/form-alert';
import { VersionConflictDialog } from '../../ui/version-conflict-dialog';
import { ApiKeysSection } from './api-keys-section';
import { BillingSection } from './billing-section';
import { CustomField } from './custom-field';
import { DirtyWatcher } from './dirty-watcher';
import { EmailChangeView } from './email-change-view';
import { EmailField } from './email-field';
import {
  changedCandidate,
  formNameOf,
  isEditable,
  planProfileForm,
  sameFormValue,
  toFormValues,
  type FormEntry,
  type ProfileFormValues,
} from './form-plan';
import { IdentitiesField } from './identities-field';
import { ProfileField } from './profile-field';
import type { ProfileFormProps, ProfileFormState } from './profile-form';
import { ReadOnlyField } from './read-only-field';
import { SaveBar, type FormStatus } from './save-bar';
import { useReportState } from '../../ui/use-report-state';

export interface ProfileFormEditorProps extends Omit<ProfileFormProps, 'className'> {
  profile: Profile;
  config: ViewerConfig;
  access: FieldAccessMap;
  isSelf: boolean;
  /** Reports the form's state for the root's `data-state`. */
  onStateChange: (state: ProfileFormState) => void;
}

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

/**
 * The core's patch schema through `issueResolver` (messages by id), run on the changed fields only (what a save
 * sends; a stored value the rules have since tightened does not block other edits). Errors
 * inside a list (`roles.2`) are lifted to the list's input.
 */
function profileFormResolver(
  schema: ReturnType<typeof createPatchSchema>,
  entries: readonly FormEntry[],
  baseline: () => ProfileFormValues,
  fmt: Parameters<typeof issueResolver>[1],
): Resolver<ProfileFormValues, unknown, ProfilePatch> {
  const validate = issueResolver(schema, fmt);
  return async (values, context, options) => {
    const candidate = changedCandidate(values, baseline(), entries);
    const result = await validate(candidate, context, options as never);
    if (Object.keys(result.errors).length === 0) return { values: result.values as ProfilePatch, errors: {} };
    const errors: FieldErrors<ProfileFormValues> = {};
    for (const entry of entries) {
      if (!isEditable(entry)) continue;
      const error = get(result.errors, entry.name) as { message?: string; type?: string } | undefined;
      if (!error) continue;
      const message = error.message ?? firstMessage(error);
      set(errors, entry.name, { type: error.type ?? 'validation', message });
    }
    return { values: {}, errors };
  };
}

function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { message } = error as { message?: unknown };
  if (typeof message === 'string') return message;
  for (const value of Object.values(error)) {
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
}

/**
 * The loaded form: see `ProfileForm`. Memoised: the root's own re-renders (its `data-state`)
 * do not reach it, and typing re-renders neither.
 */
export const ProfileFormEditor = memo(function ProfileFormEditor({
  profile,
  config,
  access,
  isSelf,
  userId,
  onSaved,
  onDirtyChange,
  emailChange = true,
  customFields = false,
  onStateChange,
}: ProfileFormEditorProps) {
  const { common, profileForm: m } = useMessages();
  const fmt = useFormatters();
  const formatValue = useFormatValue();
  const idPrefix = useId();
  const idOf = useCallback((name: string) => `${idPrefix}${name.replace(/\./g, '-')}`, [idPrefix]);

  const showEmailChange = isSelf && emailChange && Boolean(access.email?.visible);
  const entries = useMemo(() => planProfileForm(config, access, { customFields, omitEmail: showEmailChange }), [config, access, customFields, showEmailChange]);
  const hasEditable = entries.some(isEditable);
  const schema = useMemo(() => createPatchSchema(config, access), [config, access]);

  const baseline = useRef<Baseline | null>(null);
  baseline.current ??= { version: profile.version, seen: profile.version, values: toFormValues(profile, entries), clashed: false };
  const resolver = useMemo(() => profileFormResolver(schema, entries, () => baseline.current!.values, fmt), [schema, entries, fmt]);
  const form = useForm<ProfileFormValues, unknown, ProfilePatch>({
    defaultValues: baseline.current.values,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus is ours: custom inputs may be groups, and server errors need it too.
    shouldFocusError: false,
  });
  const { control, register, reset, setValue, getValues, setError } = form;

  const [status, setStatus] = useState<FormStatus | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  /** The values a save was sent with: edits made while it runs survive its reset. */
  const submitted = useRef<ProfileFormValues | null>(null);
  const inFlight = useRef(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const focusField = useCallback(
    (name: string) => {
      const element = document.getElementById(idOf(name));
      const target = element?.matches('input, select, textarea') ? element : element?.querySelector<HTMLElement>('input, select, textarea');
      target?.focus();
    },
    [idOf],
  );

  /** Takes `next` in as the saved state; with `keepEditsSince`, keeps what the user changed after that snapshot. */
  const resetTo = useCallback(
    (next: Profile, keepEditsSince?: ProfileFormValues | null) => {
      const values = toFormValues(next, entries);
      const current = getValues();
      baseline.current = { version: next.version, seen: next.version, values, clashed: false };
      reset(values, { keepFieldsRef: true });
      if (!keepEditsSince) return;
      for (const entry of entries) {
        if (!isEditable(entry)) continue;
        const now = get(current, entry.name) as unknown;
        if (!sameFormValue(now, get(keepEditsSince, entry.name))) setValue(entry.name, now, { shouldDirty: true });
      }
    },
    [entries, getValues, reset, setValue],
  );

  const showError = useCallback(
    (error: unknown) => {
      if (!isProfileError(error) || !error.fields) {
        setAlert(fmt.error(error));
        return;
      }
      const elsewhere: string[] = [];
      const named = new Set<string>();
      for (const [path, message] of Object.entries(fmt.fieldErrors(error))) {
        const name = formNameOf(path, entries);
        if (!name) {
          elsewhere.push(fmt.fieldError(message));
          continue;
        }
        named.add(name);
        setError(name, { type: 'server', message: error.code === 'email_taken' ? common.errors.email_taken : message });
      }
      setAlert([named.size > 0 ? m.fixFields : fmt.error(error), ...elsewhere].join(' '));
      const first = entries.find((entry) => isEditable(entry) && named.has(entry.name));
      if (first && isEditable(first)) focusField(first.name);
    },
    [entries, fmt, common, m, setError, focusField],
  );

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
  useEffect(() => {
    const base = baseline.current!;
    if (profile.version <= base.seen) return;
    const next = toFormValues(profile, entries);
    const current = getValues();
    const kept: [string, unknown][] = [];
    let clash = false;
    let changed = false;
    for (const entry of entries) {
      if (!isEditable(entry)) continue;
      const was = get(base.values, entry.name) as unknown;
      const now = get(next, entry.name) as unknown;
      const mine = get(current, entry.name) as unknown;
      if (!sameFormValue(was, now)) changed = true;
      if (sameFormValue(mine, was) || sameFormValue(mine, now)) continue;
      kept.push([entry.name, mine]);
      if (!sameFormValue(was, now)) clash = true;
    }
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
      const first = entries.find((entry) => isEditable(entry) && get(errors, entry.name));
      if (first && isEditable(first)) focusField(first.name);
    },
  );

  const discard = useCallback(() => {
    const base = baseline.current!;
    // With the user's edits gone, nothing of theirs can clash any more: catch up on the version.
    baseline.current = { ...base, version: base.seen, clashed: false };
    reset(base.values, { keepFieldsRef: true });
    setAlert(null);
  }, [reset]);

  const fieldClass = (name: string) => `pk-profile-form-field pk-profile-form-field--${name.replace(/\./g, '-')}`;

  const renderEntry = (entry: FormEntry): ReactNode => {
    switch (entry.kind) {
      case 'text':
      case 'list': {
        const field = config.fields[entry.name];
        return (
          <ProfileField
            key={entry.name}
            name={entry.name}
            id={idOf(entry.name)}
            label={field?.label ?? entry.name}
            help={field?.help ?? (entry.kind === 'list' ? m.listHelp : undefined)}
            required={field?.required}
            control={control}
            register={register}
            className={fieldClass(entry.name)}
          />
        );
      }
      case 'custom':
        return (
          <CustomField key={entry.name} name={entry.name} field={entry.field} id={idOf(entry.name)} label={entry.field.label} control={control} className={fieldClass(entry.name)} />
        );
      case 'readonly': {
        const raw = valueAt(profile as Record<string, unknown>, entry.name);
        const label = entry.custom?.label ?? config.fields[entry.name as keyof ViewerConfig['fields']]?.label ?? entry.name;
        return (
          <ReadOnlyField
            key={entry.name}
            id={idOf(entry.name)}
            label={label}
            help={entry.custom?.help ?? config.fields[entry.name as keyof ViewerConfig['fields']]?.help}
            value={isEmptyValue(raw) ? '' : formatValue(raw, { path: entry.name, custom: entry.custom })}
            emptyText={common.empty}
            reason={entry.reason}
            dir={entry.name === 'id' ? 'ltr' : undefined}
            className={fieldClass(entry.name)}
          />
        );
      }
      case 'email':
        return (
          <EmailField
            key="email"
            id={idOf('email')}
            label={config.fields.email?.label ?? m.email.title}
            help={config.fields.email?.help}
            email={profile.email ?? ''}
            verified={access.emailVerified?.visible ? profile.emailVerified : undefined}
            pendingEmail={access.pendingEmail?.visible ? profile.pendingEmail : null}
            reason={access.email?.reason ?? 'email-flow'}
            className={fieldClass('email')}
          />
        );
      case 'identities':
        return (
          <IdentitiesField
            key="identities"
            id={idOf('identities')}
            label={config.fields.identities?.label ?? 'identities'}
            identities={profile.identities ?? []}
            reason={entry.reason}
            className={fieldClass('identities')}
          />
        );
      case 'billing':
        return (
          <BillingSection
            key="billing"
            title={config.fields.billing?.label ?? 'billing'}
            billing={profile.billing}
            reason={access.billing?.editable ? null : (access.billing?.reason ?? 'not-permitted')}
          />
        );
      case 'apiKeys':
        return <ApiKeysSection key="apiKeys" title={config.fields.apiKeys?.label ?? 'apiKeys'} apiKeys={profile.apiKeys} />;
    }
  };

  const state: ProfileFormState = saver.conflict ? 'conflict' : saver.isSaving ? 'saving' : hasEditable ? 'ready' : 'readonly';
  useReportState(state, onStateChange);
  return (
    <>
      {showEmailChange ? <EmailChangeView profile={profile} config={config} access={access} /> : null}
      <form className="pk-profile-form-fields" noValidate onSubmit={(event) => void onSubmit(event)} data-pk-form="profile">
        {entries.map(renderEntry)}
        <FormAlert message={alert} />
        {hasEditable ? <SaveBar control={control} saving={saver.isSaving} status={status} onDiscard={discard} /> : null}
      </form>
      {onDirtyChange ? <DirtyWatcher control={control} onDirtyChange={onDirtyChange} /> : null}
      <VersionConflictDialog saver={saver} />
    </>
  );
});
