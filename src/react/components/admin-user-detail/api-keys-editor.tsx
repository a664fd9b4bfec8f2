import { memo, useCallback, useId, useRef, useState } from 'react';
import type { ApiKeyView, FieldAccess } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Spinner } from '../../ui/spinner';
import type { DetailContext } from './detail-context';
import { focusIfLost } from '../../ui/focus-if-lost';
import { InlineField } from './inline-field';
import { saveErrorMessage } from './save-error-message';
import { useInlineCommit } from './use-inline-commit';

const keep = (keys: ApiKeyView[] | undefined) => (keys ?? []).map((k) => ({ id: k.id, label: k.label }));

interface ApiKeyRowProps {
  apiKey: ApiKeyView;
  editable: boolean;
  ctx: DetailContext;
  idPrefix: string;
  onRevoked: () => void;
}

/** One API key: masked, its name edited in place, revoked after a confirmation. */
const ApiKeyRow = memo(function ApiKeyRow({ apiKey, editable, ctx, idPrefix, onRevoked }: ApiKeyRowProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const label = fmt.format(admin.apiKeys.label, { key: apiKey.masked });
  const { onEditStart, commit } = useInlineCommit(ctx, 'apiKeys', label);
  const [confirming, setConfirming] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const revokeBasedOn = useRef<number | undefined>(undefined);
  const name = apiKey.label || apiKey.masked;
  const id = `${idPrefix}-key-${apiKey.id}`;

  const revoke = () => {
    const remaining = keep(ctx.currentProfile()?.apiKeys).filter((k) => k.id !== apiKey.id);
    setRevoking(true);
    setRevokeError(null);
    ctx.saveField({ apiKeys: remaining }, revokeBasedOn.current).then(
      (result) => {
        setRevoking(false);
        if (result.status === 'dismissed') setRevokeError(common.conflict.unresolved);
        if (result.status !== 'saved') return;
        ctx.announce(fmt.format(admin.apiKeys.revoked, { label: name }));
        onRevoked();
      },
      (error: unknown) => {
        setRevoking(false);
        setRevokeError(saveErrorMessage(error, 'apiKeys', fmt));
      },
    );
  };

  const extra = (
    <>
      <span className="pk-api-key-created">{fmt.format(admin.apiKeys.created, { date: fmt.dateTime(apiKey.createdAt) })}</span>
      {editable ? (
        <button
          type="button"
          className="pk-button pk-button--link pk-api-key-revoke"
          aria-label={fmt.format(admin.apiKeys.revokeLabel, { label: name })}
          aria-disabled={revoking || undefined}
          onClick={() => {
            if (revoking) return;
            revokeBasedOn.current = ctx.currentVersion();
            setConfirming(true);
          }}
        >
          {admin.apiKeys.revoke}
        </button>
      ) : null}
      {revoking ? <Spinner label={fmt.format(admin.apiKeys.revoking, { label: name })} /> : null}
      {revokeError ? (
        <span className="pk-error" role="alert">
          {revokeError}
        </span>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={fmt.format(admin.apiKeys.revokeTitle, { label: name })}
        description={admin.apiKeys.revokeDescription}
        confirmLabel={admin.apiKeys.revoke}
        danger
        onConfirm={revoke}
      />
    </>
  );

  return (
    <li className="pk-api-key" data-pk-api-key={apiKey.id} aria-busy={revoking || undefined}>
      <InlineField<string>
        id={id}
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

export interface ApiKeysEditorProps {
  apiKeys: ApiKeyView[] | undefined;
  access: FieldAccess;
  ctx: DetailContext;
  idPrefix: string;
  title: string;
}

/** The user's API keys (masked): names editable in place, each revocable. Keys are issued elsewhere. */
export const ApiKeysEditor = memo(function ApiKeysEditor({ apiKeys, access, ctx, idPrefix, title }: ApiKeysEditorProps) {
  const { admin } = useMessages();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // A revoked key's row goes away with its button: focus moves to the section instead of the page.
  const onRevoked = useCallback(() => focusIfLost(() => heading.current), []);
  const keys = apiKeys ?? [];
  return (
    <section className="pk-section pk-admin-section" aria-labelledby={headingId} data-pk-section="apiKeys">
      <h3 className="pk-section-title" id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {keys.length === 0 ? (
        <p className="pk-admin-empty">{admin.apiKeys.empty}</p>
      ) : (
        <ul className="pk-api-keys pk-admin-rows">
          {keys.map((key) => (
            <ApiKeyRow key={key.id} apiKey={key} editable={access.editable} ctx={ctx} idPrefix={idPrefix} onRevoked={onRevoked} />
          ))}
        </ul>
      )}
    </section>
  );
});
