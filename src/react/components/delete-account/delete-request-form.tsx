import { account } from '../../i18n/locales/en/account';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { FieldShell } from '../../ui/field-shell';
import { FormAlert } from '../../ui/form-alert';
import { CurrentPasswordField } from './current-password-field';
import type { DeleteAccountController } from './use-delete-account-controller';

/**
 * The confirmation: the word to type, the current password, Cancel and "Delete my account".
 * The submit button is `aria-disabled` (focusable, inert) until the word matches: a press of it
 * or of Enter before then sends nothing, it says what is missing on the fields instead.
 */
export function DeleteRequestForm({ c }: { c: DeleteAccountController }) {
  const m = useComponentMessages('account', account).delete;
  const { common } = useMessages();
  const fmt = useFormatters();
  const inert = !c.confirmed || c.busy;
  return (
    <form id={c.ids.form} className="pk-delete-form" noValidate onSubmit={(event) => void c.submitRequest(event)} data-pk-form="delete-account">
      <FieldShell id={c.ids.confirm} label={fmt.format(m.confirmLabel, { word: m.confirmWord })} help={m.confirmHelp} error={c.errors.confirm} required>
        {(control) => <input {...control} {...c.registrations.confirm} className="pk-input" type="text" autoComplete="off" autoCorrect="off" spellCheck={false} />}
      </FieldShell>
      <CurrentPasswordField id={c.ids.password} registration={c.registrations.password} error={c.errors.password} />
      <FormAlert message={c.alert} />
      <div className="pk-actions">
        <button type="button" className="pk-button" onClick={c.closeForm}>
          {common.cancel}
        </button>
        <button
          type="submit"
          className="pk-button pk-button--danger"
          aria-disabled={inert || undefined}
          onClick={(event) => {
            if (!inert) return;
            event.preventDefault();
            if (!c.busy) c.showMissing();
          }}
        >
          {c.busy ? m.submitting : m.submit}
        </button>
      </div>
    </form>
  );
}
