import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { createPatchSchema, fieldProblemsFromZod, isProfileError, type Profile } from '../../../core/browser';
import { useSaveProfile } from '../../hooks/use-save-profile';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import { attributeAccess, buildPatch, duplicateRows, isEmptyPatch, placeErrors, toFormValues, visibleCustomFields, type CustomFieldsFormValues } from './custom-fields-model';
import { toFormErrors } from './to-form-errors';

/** What the editor is doing, on its root as `data-state`. */
export type CustomFieldsEditorState = 'loading' | 'error' | 'empty' | 'readonly' | 'idle' | 'dirty' | 'invalid' | 'saving' | 'saved' | 'conflict' | 'failed';

export interface CustomFieldsEditorControllerOptions {
  loaded: LoadedProfile;
  userId?: string;
  onSaved?: (profile: Profile) => void;
}

/** The custom fields and free attributes of one profile as one form, saved together as one patch. */
export function useCustomFieldsEditorController({ loaded: { profile, config, access }, userId, onSaved }: CustomFieldsEditorControllerOptions) {
  const { common, customFields } = useMessages();
  const fmt = useFormatters();
  const baseId = useId();
  const entries = useMemo(() => visibleCustomFields(config, access), [config, access]);
  const attributes = attributeAccess(config, access);
  const schema = useMemo(() => createPatchSchema(config, access), [config, access]);

  // The profile the form was loaded from: its values are the baseline of "changed", its version
  // the one a save is based on.
  const [base, setBase] = useState(() => ({ profile, values: toFormValues(config, access, profile) }));
  const baseRef = useRef(base);
  baseRef.current = base;

  const [listError, setListError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<'saved' | 'noChanges' | null>(null);

  const resolver = useCallback<Resolver<CustomFieldsFormValues>>(
    (values) => {
      const patch = buildPatch(config, access, baseRef.current.values, values);
      const result = schema.safeParse(patch);
      const fields = result.success ? {} : fmt.fieldErrors(fieldProblemsFromZod(result.error));
      const targets = placeErrors(config, values, fields);
      for (const index of duplicateRows(values)) {
        targets.push({ kind: 'field', name: `attributes.${index}.key`, message: customFields.attributes.duplicate });
      }
      setListError(targets.find((t) => t.kind === 'attributes')?.message ?? null);
      if (targets.length === 0) return { values, errors: {} };
      const other = targets.find((t) => t.kind === 'form');
      if (other?.kind === 'form') setFormError(`${other.path}: ${other.message}`);
      return { values: {}, errors: toFormErrors(targets) };
    },
    [config, access, schema, customFields, fmt],
  );

  const form = useForm<CustomFieldsFormValues>({ defaultValues: base.values, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { handleSubmit, reset, setError, formState } = form;

  const resetTo = useCallback(
    (next: Profile) => {
      const order = form.getValues('attributes').map((row) => row.key);
      const values = toFormValues(config, access, next, order);
      setBase({ profile: next, values });
      baseRef.current = { profile: next, values };
      reset(values);
      setListError(null);
    },
    [config, access, form, reset],
  );

  const saver = useSaveProfile({
    userId,
    onSaved: (saved) => {
      resetTo(saved);
      setFormError(null);
      setNotice('saved');
      onSaved?.(saved);
    },
    onKeepTheirs: (theirs) => {
      resetTo(theirs);
      setNotice(null);
    },
    // Closed without a choice: the edits stay (the form is dirty, so theirs does not reset it)
    // on the old version, and the next Save meets the conflict again.
    onDismiss: () => setFormError(common.conflict.unresolved),
    onError: (error) => setFormError(fmt.error(error)),
  });

  // Someone else's change arrived (a refetch) while nothing here was touched: show it.
  useEffect(() => {
    if (profile.version !== base.profile.version && !formState.isDirty && !saver.isSaving && !saver.conflict) resetTo(profile);
  }, [profile, base.profile.version, formState.isDirty, saver.isSaving, saver.conflict, resetTo]);

  // "Saved" stays until the next change.
  useEffect(() => {
    if (formState.isDirty && notice === 'saved') setNotice(null);
  }, [formState.isDirty, notice]);

  /** A save is under way: a second Save (the button stays focusable) does nothing. */
  const inFlight = useRef(false);
  const submit = handleSubmit(
    async (values) => {
      if (inFlight.current) return;
      setFormError(null);
      setListError(null);
      setNotice(null);
      const patch = buildPatch(config, access, baseRef.current.values, values);
      if (isEmptyPatch(patch)) {
        setNotice('noChanges');
        return;
      }
      inFlight.current = true;
      try {
        await saver.save(patch, baseRef.current.profile.version);
      } catch (error) {
        const fields = isProfileError(error) && error.fields ? fmt.fieldErrors(error) : undefined;
        const targets = fields ? placeErrors(config, values, fields) : [];
        const onFields = targets.filter((t) => t.kind === 'field');
        onFields.forEach((target, index) => {
          if (target.kind === 'field') setError(target.name, { type: 'server', message: target.message }, { shouldFocus: index === 0 });
        });
        setListError(targets.find((t) => t.kind === 'attributes')?.message ?? null);
        // The code's message, unless every problem landed on a field (then the fields say it).
        if (onFields.length === 0 || targets.length !== onFields.length) setFormError(fmt.error(error));
        else setFormError(null);
      } finally {
        inFlight.current = false;
      }
    },
    () => setNotice(null),
  );

  const hasErrors = Object.keys(formState.errors).length > 0 || listError !== null;
  const editable = entries.some((e) => e.editable) || attributes.editable;
  const isSaving = saver.isSaving || formState.isSubmitting;
  const state: CustomFieldsEditorState =
    entries.length === 0 && !attributes.visible
      ? 'empty'
      : isSaving
        ? 'saving'
        : saver.conflict
          ? 'conflict'
          : formError
            ? 'failed'
            : hasErrors
              ? 'invalid'
              : notice === 'saved'
                ? 'saved'
                : !editable
                  ? 'readonly'
                  : formState.isDirty
                    ? 'dirty'
                    : 'idle';


  return { state, form, saver, baseId, entries, attributes, base, listError, formError, notice, editable, isSaving, submit };
}

export type CustomFieldsEditorController = ReturnType<typeof useCustomFieldsEditorController>;
