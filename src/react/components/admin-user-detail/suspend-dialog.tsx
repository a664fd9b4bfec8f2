import { useId, useState } from 'react';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { Dialog } from '../../ui/dialog';
import { FieldShell } from '../../ui/field-shell';

/** The most a suspension's reason may hold (the server's limit). */
export const MAX_REASON = 500;

export interface SuspendDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  name: string;
  onConfirm: (reason: string) => void;
}

/** "Suspend …?": the reason the person will see (required, at most 500 characters), then Suspend. */
export function SuspendDialog({ open, onOpenChange, name, onConfirm }: SuspendDialogProps) {
  const m = useComponentMessages('users', english).actions;
  const { common } = useMessages();
  const fmt = useFormatters();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const close = () => {
    setReason('');
    setError(undefined);
    onOpenChange(false);
  };
  const submit = () => {
    const text = reason.trim();
    if (text === '') return setError(m.reasonRequired);
    if (text.length > MAX_REASON) return setError(fmt.format(common.validation.atMostChars, { n: MAX_REASON }));
    close();
    onConfirm(text);
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())} title={fmt.format(m.suspendTitle, { name })} description={m.suspendDescription} name="suspend-user">
      <form
        className="pk-dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FieldShell id={`${id}reason`} label={m.reason} help={m.reasonHelp} error={error} required>
          {(control) => <textarea {...control} className="pk-textarea" value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FieldShell>
        <div className="pk-actions">
          <button type="button" className="pk-button" onClick={close}>
            {common.cancel}
          </button>
          <button type="submit" className="pk-button pk-button--danger">
            {m.suspendConfirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
