import { memo, useCallback, useRef } from 'react';
import type { ApiKeyView, FieldAccess } from '../../../core/browser';
import { useMessages } from '../../i18n/use-messages';
import { focusIfLost } from '../../ui/focus-if-lost';
import { AdminSection } from './admin-section';
import { ApiKeyRow } from './api-key-row';
import type { DetailContext } from './detail-context';

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
  const heading = useRef<HTMLHeadingElement>(null);
  // A revoked key's row goes away with its button: focus moves to the section instead of the page.
  const onRevoked = useCallback(() => focusIfLost(() => heading.current), []);
  const keys = apiKeys ?? [];
  return (
    <AdminSection name="apiKeys" title={title} headingRef={heading}>
      {keys.length === 0 ? (
        <p className="pk-admin-empty">{admin.apiKeys.empty}</p>
      ) : (
        <ul className="pk-api-keys pk-admin-rows">
          {keys.map((key) => (
            <ApiKeyRow key={key.id} apiKey={key} editable={access.editable} ctx={ctx} idPrefix={idPrefix} onRevoked={onRevoked} />
          ))}
        </ul>
      )}
    </AdminSection>
  );
});
