import { useFormatters } from '../i18n/use-formatters';
import { useMessages } from '../i18n/use-messages';

/** A failed load: what went wrong, in the viewer's language, and a retry button. */
export function ErrorState({ error, onRetry, className }: { error: unknown; onRetry?: () => void; className?: string }) {
  const { common } = useMessages();
  const fmt = useFormatters();
  return (
    <div className={['pk-error-state', className].filter(Boolean).join(' ')} role="alert" data-state="error">
      <p>
        {common.loadFailed} {fmt.error(error)}
      </p>
      {onRetry ? (
        <button type="button" className="pk-button" onClick={onRetry}>
          {common.retry}
        </button>
      ) : null}
    </div>
  );
}
