import { memo } from 'react';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import type { DetailContext } from './detail-context';
import { InlineField } from './inline-field';
import { RemoveAction } from './remove-action';
import { useInlineCommit } from './use-inline-commit';
import { useRowSave } from './use-row-save';

export interface AttributeRowProps {
  attrKey: string;
  value: string;
  editable: boolean;
  ctx: DetailContext;
  idPrefix: string;
  index: number;
  onRemoved: () => void;
}

/** One free attribute: its value edited in place, removed after a confirmation. */
export const AttributeRow = memo(function AttributeRow({ attrKey, value, editable, ctx, idPrefix, index, onRemoved }: AttributeRowProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const path = `attributes.${attrKey}`;
  const { onEditStart, commit } = useInlineCommit(ctx, path, attrKey);
  const removal = useRowSave(ctx);

  const remove = (basedOn: number | undefined) =>
    removal.run({ attributes: { [attrKey]: null } }, basedOn, path, () => {
      ctx.announce(fmt.format(admin.attributes.removed, { key: attrKey }));
      onRemoved();
    });

  const extra = editable ? (
    <RemoveAction ctx={ctx} removal={removal} onConfirm={remove} className="pk-attribute-remove" text={admin.attributes.remove}
      label={fmt.format(admin.attributes.removeLabel, { key: attrKey })} busyLabel={common.saving}
      title={fmt.format(admin.attributes.removeTitle, { key: attrKey })} description={admin.attributes.removeDescription} />
  ) : null;

  return (
    <li className="pk-admin-attribute" data-pk-attribute={attrKey}>
      <InlineField<string>
        id={`${idPrefix}-attr-${index}`}
        name={path}
        label={attrKey}
        display={value}
        readOnlyReason={editable ? null : 'not-permitted'}
        initialDraft={value}
        onEditStart={onEditStart}
        onCommit={(draft) => commit({ attributes: { [attrKey]: draft } }, value, (v) => String(v))}
        extra={extra}
      />
    </li>
  );
});
