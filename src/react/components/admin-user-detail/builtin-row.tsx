import { memo } from 'react';
import type { FieldAccess, Identity } from '../../../core/browser';
import { BuiltinFieldInput, isBuiltinTextField } from '../../fields/builtin-field-input';
import { useFormatValue } from '../../fields/use-format-value';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import type { DetailContext } from './detail-context';
import { InlineField } from './inline-field';
import { useInlineCommit } from './use-inline-commit';

/** Built-ins edited as a comma-separated list. */
const LIST_FIELDS = new Set(['roles', 'activeApps']);

/** "a, b , c" -> ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export interface BuiltinRowProps {
  /** A built-in field other than email, billing and API keys (they have rows of their own). */
  name: string;
  label: string;
  value: unknown;
  access: FieldAccess;
  ctx: DetailContext;
  idPrefix: string;
}

/**
 * One built-in field, edited in place: text fields as text, `roles` / `activeApps` as a
 * comma-separated list; locked or not-permitted fields (id, created at, linked identities)
 * greyed with their reason.
 */
export const BuiltinRow = memo(function BuiltinRow({ name, label, value, access, ctx, idPrefix }: BuiltinRowProps) {
  const formatValue = useFormatValue();
  const fmt = useFormatters();
  const { admin, common } = useMessages();
  const { onEditStart, commit } = useInlineCommit(ctx, name, label);
  const isList = LIST_FIELDS.has(name);
  const format = (v: unknown) => formatValue(v, { path: name });

  let display: string;
  if (name === 'identities') {
    const identities = (value as Identity[] | undefined) ?? [];
    display =
      identities.length === 0
        ? common.empty
        : identities.map((i) => fmt.format(admin.identity, { provider: i.provider, account: i.email ?? i.subject })).join(', ');
  } else display = format(value);

  if (!access.editable) {
    return <InlineField id={`${idPrefix}-${name}`} name={name} label={label} display={display} readOnlyReason={access.reason ?? 'not-permitted'} />;
  }
  return (
    <InlineField<string>
      id={`${idPrefix}-${name}`}
      name={name}
      label={label}
      display={display}
      initialDraft={isList ? ((value as string[] | undefined) ?? []).join(', ') : ((value as string | null | undefined) ?? '')}
      onEditStart={onEditStart}
      onCommit={(draft) => commit({ [name]: isList ? splitList(draft) : draft }, value ?? (isList ? [] : null), format)}
      renderInput={
        isBuiltinTextField(name)
          ? ({ control, value: draft, onChange }) => <BuiltinFieldInput name={name} control={control} value={draft} onChange={(e) => onChange(e.target.value)} />
          : undefined
      }
      editingHelp={isList ? admin.list.help : undefined}
      help={ctx.config.fields[name as keyof typeof ctx.config.fields]?.help}
    />
  );
});
