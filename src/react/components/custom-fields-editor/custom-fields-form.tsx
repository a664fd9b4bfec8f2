import { useMessages } from '../../i18n/use-messages';
import { ComponentRoot } from '../../ui/component-root';
import { FormAlert } from '../../ui/form-alert';
import { LiveStatus } from '../../ui/live-status';
import type { ShellRoot } from '../../ui/profile-shell';
import { VersionConflictDialog } from '../../ui/version-conflict-dialog';
import { AttributesList } from './attributes-list';
import { CustomFieldRow } from './custom-field-row';
import { useCustomFieldsEditorController, type CustomFieldsEditorControllerOptions } from './use-custom-fields-editor-controller';

export interface CustomFieldsFormProps {
  options: CustomFieldsEditorControllerOptions;
  root: ShellRoot;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/** The loaded editor's view of `useCustomFieldsEditorController`: the fields, the attributes and Save, in the root with the controller's state. */
export function CustomFieldsForm({ options, root, headingLevel }: CustomFieldsFormProps) {
  const c = useCustomFieldsEditorController(options);
  const { profile, config, access } = options.loaded;
  const { common, customFields } = useMessages();
  const { control, register, formState } = c.form;
  const Heading = `h${headingLevel}` as const;
  const titleId = `${c.baseId}-title`;

  if (c.state === 'empty') {
    return (
      <ComponentRoot {...root} state={c.state}>
        <p className="pk-help pk-custom-fields-empty">{customFields.empty}</p>
      </ComponentRoot>
    );
  }
  return (
    <ComponentRoot {...root} state={c.state}>
      <form className="pk-custom-fields-form" noValidate aria-labelledby={titleId} onSubmit={(event) => void c.submit(event)} data-pk-user={profile.id}>
        <Heading className="pk-section-title" id={titleId}>
          {customFields.title}
        </Heading>
        {!c.editable ? <p className="pk-help">{customFields.allReadOnly}</p> : null}
        {c.entries.length > 0 ? (
          <div className="pk-custom-fields-list">
            {c.entries.map((entry) => (
              <CustomFieldRow key={entry.key} entry={entry} id={`${c.baseId}-custom-${entry.key}`} control={control} profile={c.base.profile} />
            ))}
          </div>
        ) : null}
        {c.attributes.visible && config.attributes ? (
          <AttributesList
            id={`${c.baseId}-attributes`}
            settings={config.attributes}
            editable={c.attributes.editable}
            reason={access.attributes?.reason ?? null}
            stored={c.base.profile.attributes ?? {}}
            control={control}
            register={register}
            errors={formState.errors.attributes}
            listError={c.listError}
          />
        ) : null}
        <FormAlert message={c.formError} />
        {c.editable ? (
          <div className="pk-actions">
            <LiveStatus tone={c.notice === 'saved' ? 'success' : 'neutral'}>
              {c.isSaving ? common.saving : c.notice === 'saved' ? common.saved : c.notice === 'noChanges' ? customFields.noChanges : null}
            </LiveStatus>
            {/* aria-disabled, not disabled: a disabled button loses focus, which would fall to the page. */}
            <button type="submit" className="pk-button pk-button--primary" aria-disabled={c.isSaving || undefined}>
              {c.isSaving ? common.saving : common.save}
            </button>
          </div>
        ) : null}
        <VersionConflictDialog saver={c.saver} />
      </form>
    </ComponentRoot>
  );
}
