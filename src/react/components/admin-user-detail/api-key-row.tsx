import { memo } from 'react';
import type { ApiKeyView } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import type { DetailContext } from './detail-context';
import { InlineField } from './inline-field';
import { RemoveAction } from './remove-action';
import { useInlineCommit } from './use-inline-commit';
import { useRowSave } from './use-row-save';

/** The keys as a patch writes them: id and name only. */
const keep = (keys: ApiKeyView[] | undefined) => (keys ?? []).map((k) => ({ id: k.id, label: k.label }));

export interface ApiKeyRowProps {
  apiKey: ApiKeyView;
  editable: boolean;
  ctx: DetailContext;
  idPrefix: string;
  onRevoked: () => void;
}

/** One API key: masked, its name edited in place, revoked after a confirmation. */
export const ApiKeyRow = memo(function ApiKeyRow({ apiKey, editable, ctx, idPrefix, onRevoked }: ApiKeyRowProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const label = fmt.format(admin.apiKeys.label, { key: apiKey.masked });
  const { onEditStart, commit } = useInlineCommit(ctx, 'apiKeys', label);
  const revoke = useRowSave(ctx);
  const name = apiKey.label || apiKey.masked;

  const onRevoke = (basedOn: number | undefined) => {
    const remaining = keep(ctx.currentProfile()?.apiKeys).filter((k) => k.id !== apiKey.id);
    revoke.run({ apiKeys: remaining }, basedOn, 'apiKeys', () => {
      ctx.announce(fmt.format(admin.apiKeys.revoked, { label: name }));
      onRevoked();
    });
  };

  const extra = (
    <>
      <span className="pk-api-key-created">{fmt.format(admin.apiKeys.created, { date: fmt.dateTime(apiKey.createdAt) })}</span>
      {editable ? (
        <RemoveAction ctx={ctx} removal={revoke} onConfirm={onRevoke} className="pk-api-key-revoke" text={admin.apiKeys.revoke}
          label={fmt.format(admin.apiKeys.revokeLabel, { label: name })} busyLabel={fmt.format(admin.apiKeys.revoking, { label: name })}
          title={fmt.format(admin.apiKeys.revokeTitle, { label: name })} description={admin.apiKeys.revokeDescription} />
      ) : null}
    </>
  );

  return (
    <li className="pk-api-key" data-pk-api-key={apiKey.id} aria-busy={revoke.busy || undefined}>
      <InlineField<string>
        id={`${idPrefix}-key-${apiKey.id}`}
        name={`apiKeys.${apiKey.id}`}
        label={label}
        display={apiKey.label || common.empty}
        readOnlyReason={editable ? null : 'not-permitted'}
        initialDraft={apiKey.label}
        onEditStart={onEditStart}
        onCommit={(draft) => {
          const keys = keep(ctx.currentProfile()?.apiKeys).map((k) => (k.id === apiKey.id ? { ...k, label: draft } : k));
          return commit({ apiKeys: keys }, keep(ctx.currentProfile()?.apiKeys), () => draft.trim() || common.empty);
        }}
        extra={extra}
      />
    </li>
  );
});
