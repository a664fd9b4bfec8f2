import { useMessages } from '../i18n/use-messages';

/** Placeholder rows with the height of the fields they stand for, so nothing jumps when data arrives. */
export function Skeleton({ rows = 4, className }: { rows?: number; className?: string }) {
  const { common } = useMessages();
  return (
    <div className={['pk-skeleton', className].filter(Boolean).join(' ')} role="status" aria-busy="true" data-state="loading">
      <span className="pk-visually-hidden">{common.loading}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="pk-skeleton-row" aria-hidden="true">
          <span className="pk-skeleton-label" />
          <span className="pk-skeleton-input" />
        </div>
      ))}
    </div>
  );
}
