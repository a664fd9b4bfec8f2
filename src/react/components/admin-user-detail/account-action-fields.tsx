import { useId } from 'react';
import { formatDuration } from '../../i18n/format-duration';
import type { ProfileKitMessages } from '../../i18n/messages';
import type { LazyKit } from '../../ui/lazy-kit';
import type { AccountActionsController } from './use-account-actions-controller';

type Words = ProfileKitMessages['users']['actions'];

/**
 * The suspend dialog's field: the reason the person will see, with its help and error tied to
 * it (written out here: a lazy part imports no `FieldShell`, which first loads hold).
 */
export function ReasonField({ c, m }: { c: AccountActionsController; m: Words }) {
  const id = useId();
  return (
    <div className="pk-field" data-state={c.reasonError ? 'invalid' : 'editable'}>
      <label className="pk-label" htmlFor={id}>
        {m.reason}
      </label>
      <input
        id={id}
        className="pk-input"
        type="text"
        autoComplete="off"
        aria-required="true"
        aria-invalid={c.reasonError ? true : undefined}
        aria-describedby={c.reasonError ? `${id}-error ${id}-help` : `${id}-help`}
        value={c.reason}
        onChange={(event) => c.setReason(event.target.value)}
      />
      <p className="pk-help" id={`${id}-help`}>
        {m.reasonHelp}
      </p>
      {c.reasonError ? (
        <p className="pk-error" id={`${id}-error`}>
          {c.reasonError}
        </p>
      ) : null}
    </div>
  );
}

/** The delete dialog's choice: after the grace period (the default) or now; only now when the grace period is 0. */
export function DeletionModeField({ c, m, fmt }: { c: AccountActionsController; m: Words; fmt: LazyKit['fmt'] }) {
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
