import { cx } from './class-names';
import { Spinner } from './spinner';

export interface LoadMoreProps {
  /** The button's text ("Load more"). */
  label: string;
  /** What the spinner says while the next page comes. */
  busyLabel: string;
  busy: boolean;
  /** Fetches the next page; not called again while `busy`. */
  onLoad: () => void;
  className?: string;
}

/** "Load more" under a paged list: `aria-disabled` (it keeps focus) with a spinner while the next page comes. */
export function LoadMore({ label, busyLabel, busy, onLoad, className }: LoadMoreProps) {
  return (
    <div className={cx('pk-actions', className)}>
      {busy ? <Spinner label={busyLabel} /> : null}
      <button
        type="button"
        className="pk-button"
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) onLoad();
        }}
      >
        {label}
      </button>
    </div>
  );
}
