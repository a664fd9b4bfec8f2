import { memo } from 'react';
import type { CustomFieldConfig, CustomValue, FieldAccess } from '../../../core/browser';
import { CustomFieldInput, customFieldShellAs, fromCustomFormValue, toCustomFormValue, type CustomFormValue } from '../../fields/custom-field-input';
import { useFormatValue } from '../../fields/use-format-value';
import type { DetailContext } from './detail-context';
import { InlineField } from './inline-field';
import { useInlineCommit } from './use-inline-commit';

export interface CustomRowProps {
  fieldKey: string;
  field: CustomFieldConfig;
  value: CustomValue | undefined;
  access: FieldAccess;
  ctx: DetailContext;
  idPrefix: string;
}

/** One custom field the app declared, edited in place with its typed input. */
export const CustomRow = memo(function CustomRow({ fieldKey, field, value, access, ctx, idPrefix }: CustomRowProps) {
  const formatValue = useFormatValue();
  const path = `custom.${fieldKey}`;
  const { onEditStart, commit } = useInlineCommit(ctx, path, field.label);
  const info = { path, custom: field };
  const format = (v: unknown) => formatValue(v, info);
  const id = `${idPrefix}-custom-${fieldKey}`;

  if (!access.editable) {
    return <InlineField id={id} name={path} label={field.label} display={format(value)} readOnlyReason={access.reason ?? 'not-permitted'} help={field.help} />;
  }
  return (
    <InlineField<CustomFormValue>
      id={id}
      name={path}
      label={field.label}
      display={format(value)}
      help={field.help}
      initialDraft={toCustomFormValue(field, value)}
      onEditStart={onEditStart}
      onCommit={(draft) => commit({ custom: { [fieldKey]: fromCustomFormValue(field, draft) } }, value ?? null, format)}
      renderInput={({ control, value: draft, onChange }) => (
        <CustomFieldInput field={field} control={control} name={path} value={draft} onChange={onChange} />
      )}
      group={customFieldShellAs(field) === 'fieldset'}
      multiline={field.type === 'longText'}
    />
  );
});
