import { useId, useState } from 'react';
import { formatDuration } from '../../i18n/format-duration';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { Dialog } from '../../ui/dialog';

export interface DeleteUserDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  name: string;
  /** The server's grace period: 0 offers only "now". */
  graceMs: number;
  onConfirm: (mode: 'scheduled' | 'immediate') => void;
}

/** "Delete …?": when (after the grace period, the default, or now), then Delete. */
export function DeleteUserDialog({ open, onOpenChange, name, graceMs, onConfirm }: DeleteUserDialogProps) {
  const m = useComponentMessages('users', english).actions;
  const { common } = useMessages();
  const fmt = useFormatters();
  const id = useId();
  const [mode, setMode] = useState<'scheduled' | 'immediate'>('scheduled');
  const modes = graceMs > 0 ? (['scheduled', 'immediate'] as const) : (['immediate'] as const);
  const chosen = graceMs > 0 ? mode : 'immediate';
  const close = () => {
    setMode('scheduled');
    onOpenChange(false);
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())} title={fmt.format(m.deleteTitle, { name })} description={m.deleteDescription} name="delete-user">
      <form
        className="pk-dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          close();
          onConfirm(chosen);
        }}
      >
        <fieldset className="pk-field pk-choices">
          <legend className="pk-label">{m.when}</legend>
          {modes.map((value) => (
            <span key={value} className="pk-check">
              <input id={`${id}${value}`} type="radio" name={`${id}mode`} value={value} checked={chosen === value} onChange={() => setMode(value)} />
              <label htmlFor={`${id}${value}`}>{value === 'scheduled' ? fmt.format(m.scheduled, { grace: formatDuration(graceMs, fmt.locale, 'down') }) : m.immediate}</label>
            </span>
          ))}
        </fieldset>
        <div className="pk-actions">
          <button type="button" className="pk-button" onClick={close}>
            {common.cancel}
          </button>
          <button type="submit" className="pk-button pk-button--danger">
            {m.deleteConfirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
