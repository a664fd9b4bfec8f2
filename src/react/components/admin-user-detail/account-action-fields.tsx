import { useId } from 'react';
import { formatDuration } from '../../i18n/format-duration';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { FieldShell } from '../../ui/field-shell';
import type { AccountActionsController } from './use-account-actions-controller';

/** The suspend dialog's field: the reason the person will see. */
export function ReasonField({ c }: { c: AccountActionsController }) {
  const m = useComponentMessages('users', english).actions;
  const id = useId();
  return (
    <FieldShell id={id} label={m.reason} help={m.reasonHelp} error={c.reasonError} required>
      {(control) => <input {...control} className="pk-input" type="text" autoComplete="off" value={c.reason} onChange={(event) => c.setReason(event.target.value)} />}
    </FieldShell>
  );
}

/** The delete dialog's choice: after the grace period (the default) or now; only now when the grace period is 0. */
export function DeletionModeField({ c }: { c: AccountActionsController }) {
  const m = useComponentMessages('users', english).actions;
  const fmt = useFormatters();
  const id = useId();
  const modes = c.graceMs > 0 ? (['scheduled', 'immediate'] as const) : (['immediate'] as const);
  return (
    <fieldset className="pk-field pk-choices">
      <legend className="pk-label">{m.when}</legend>
      {modes.map((value) => (
        <span key={value} className="pk-check">
          <input id={`${id}${value}`} type="radio" name={`${id}mode`} value={value} checked={c.mode === value} onChange={() => c.setMode(value)} />
          <label htmlFor={`${id}${value}`}>{value === 'scheduled' ? fmt.format(m.scheduled, { grace: formatDuration(c.graceMs, fmt.locale, 'down') }) : m.immediate}</label>
        </span>
      ))}
    </fieldset>
  );
}
