import { useId } from 'react';
import { account } from '../../i18n/locales/en/account';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { FormAlert } from '../../ui/form-alert';
import { CurrentPasswordField } from './current-password-field';
import type { DeleteAccountController } from './use-delete-account-controller';

/** The pending erasure: its date in the viewer's locale, and "Keep my account" behind the current password. Focusable, for after scheduling. */
export function ScheduledDeletion({ c, purgeAt }: { c: DeleteAccountController; purgeAt: string }) {
  const m = useComponentMessages('account', account).delete;
  const fmt = useFormatters();
  const titleId = useId();
  return (
    <div ref={c.refs.scheduled} tabIndex={-1} role="group" aria-labelledby={titleId} className="pk-banner pk-deletion-scheduled" data-pk-banner="pending-deletion">
      <p id={titleId} className="pk-banner-title">
        {fmt.format(m.scheduled, { date: fmt.dateTime(purgeAt) })}
      </p>
      <form className="pk-delete-form" noValidate onSubmit={(event) => void c.submitCancel(event)} data-pk-form="cancel-deletion">
        <CurrentPasswordField id={c.ids.cancelPassword} registration={c.registrations.cancelPassword} error={c.errors.cancelPassword} help={m.scheduledHelp} />
        <FormAlert message={c.alert} />
        <div className="pk-actions">
          <button type="submit" className="pk-button pk-button--primary" aria-disabled={c.busy || undefined}>
            {c.state === 'cancelling' ? m.keeping : m.keep}
          </button>
        </div>
      </form>
    </div>
  );
}
