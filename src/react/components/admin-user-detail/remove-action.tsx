import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { preloadDialogOnIntent } from '../../ui/dialog';
import { Spinner } from '../../ui/spinner';
import type { DetailContext } from './detail-context';
import type { useRowSave } from './use-row-save';

export interface RemoveActionProps {
  ctx: DetailContext;
  /** The row's save (busy, error). */
  removal: ReturnType<typeof useRowSave>;
  /** Runs the removal once confirmed, based on the version noted when the button was pressed. */
  onConfirm: (basedOn: number | undefined) => void;
  className: string;
  /** The button's text ("Revoke") and its accessible name ("Revoke CI key"). */
  text: string;
  label: string;
  busyLabel: string;
  title: string;
  description: string;
}

/** "Revoke" / "Remove" on a row: a confirmation first, then a spinner, then the failure if any. */
export function RemoveAction({ ctx, removal, onConfirm, className, text, label, busyLabel, title, description }: RemoveActionProps) {
  const [confirming, setConfirming] = useState(false);
  const basedOn = useRef<number | undefined>(undefined);
  return (
    <>
      <button
        type="button"
        className={`pk-button pk-button--link ${className}`}
        aria-label={label}
        aria-disabled={removal.busy || undefined}
        onClick={() => {
          if (removal.busy) return;
          basedOn.current = ctx.currentVersion();
          setConfirming(true);
        }}
        {...preloadDialogOnIntent}
      >
        {text}
      </button>
      {removal.busy ? <Spinner label={busyLabel} /> : null}
      {removal.error ? (
        <span className="pk-error" role="alert">
          {removal.error}
        </span>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={title}
        description={description}
        confirmLabel={text}
        danger
        onConfirm={() => onConfirm(basedOn.current)}
      />
    </>
  );
}
