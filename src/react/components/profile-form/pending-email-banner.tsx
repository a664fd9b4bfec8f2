import { forwardRef, useId } from 'react';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { FormAlert } from '../../ui/form-alert';

export interface PendingEmailBannerProps {
  /** The address awaiting confirmation. */
  pendingEmail: string;
  /** The account email, which stays until the link is opened. */
  currentEmail: string;
  /** Opens the email form pre-filled with the pending address (a new link needs the password). */
  onResend: () => void;
  /** Cancels the change (voids the link). */
  onCancel: () => void;
  /** A cancel is under way: the button is `aria-disabled` and says so. */
  cancelling: boolean;
  /** Why the last cancel failed, in the viewer's language. */
  error?: string | null;
}

/**
 * "Confirm new@example.com: we sent a link to it", with Resend and Cancel change. Focusable
 * (`tabIndex=-1`) so that focus can land on it once a link is sent.
 */
export const PendingEmailBanner = forwardRef<HTMLDivElement, PendingEmailBannerProps>(function PendingEmailBanner(
  { pendingEmail, currentEmail, onResend, onCancel, cancelling, error },
  ref,
) {
  const { profileForm: m } = useMessages();
  const fmt = useFormatters();
  const titleId = `${useId()}title`;
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby={titleId} className="pk-banner pk-pending-email" data-pk-banner="pending-email">
      <p id={titleId} className="pk-banner-title">
        {fmt.format(m.email.pending, { email: pendingEmail })}
      </p>
      <p className="pk-help">{fmt.format(m.email.pendingHelp, { current: currentEmail })}</p>
      <FormAlert message={error} />
      <div className="pk-actions">
        <button type="button" className="pk-button" onClick={onResend}>
          {m.email.resend}
        </button>
        <button
          type="button"
          className="pk-button"
          aria-disabled={cancelling ? 'true' : undefined}
          onClick={() => {
            if (!cancelling) onCancel();
          }}
        >
          {cancelling ? m.email.cancelling : m.email.cancelChange}
        </button>
      </div>
    </div>
  );
});
