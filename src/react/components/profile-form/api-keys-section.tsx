import { useId } from 'react';
import type { ApiKeyView } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';

export interface ApiKeysSectionProps {
  /** The section title (the config's label for `apiKeys`). */
  title: string;
  apiKeys: readonly ApiKeyView[] | undefined;
}

/**
 * The account's API keys as the server shows them: label, masked prefix (the secret never
 * reaches the browser) and creation date, as a table captioned with the section title. Read-only.
 */
export function ApiKeysSection({ title, apiKeys }: ApiKeysSectionProps) {
  const { profileForm: m } = useMessages();
  const fmt = useFormatters();
  const hintId = `${useId()}hint`;
  const keys = apiKeys ?? [];
  return (
    <div className="pk-section pk-api-keys" data-pk-section="apiKeys">
      {keys.length === 0 ? (
        <>
          <p className="pk-section-title">{title}</p>
          <p className="pk-help">{m.apiKeys.none}</p>
        </>
      ) : (
        <>
          <table className="pk-api-keys-table" aria-describedby={hintId}>
            <caption className="pk-section-title">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{m.apiKeys.label}</th>
                <th scope="col">{m.apiKeys.key}</th>
                <th scope="col">{m.apiKeys.created}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} data-pk-key={key.id}>
                  <th scope="row">{key.label}</th>
                  <td>
                    <code dir="ltr">{key.masked}</code>
                  </td>
                  <td>{fmt.date(key.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p id={hintId} className="pk-help">
            {m.apiKeys.maskedHint}
          </p>
        </>
      )}
    </div>
  );
}
