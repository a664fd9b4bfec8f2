import type { ReactNode } from 'react';
import type { FieldReason } from '../../../core/browser';
import { useMessages } from '../../i18n/use-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { FieldShell } from '../../ui/field-shell';

export interface EmailFieldProps {
  id: string;
  label: ReactNode;
  email: string;
  /** Shows "Verified" or "Not verified" beside the address; `undefined` (hidden) shows neither. */
  verified?: boolean;
  /** An address awaiting confirmation, shown under the field (when no banner does it). */
  pendingEmail?: string | null;
  /** Why the address is read-only here (usually `email-flow`); `null` for none. */
  reason: FieldReason | null;
  help?: ReactNode;
  className?: string;
}

/**
 * The account email, read-only (`readonly`, focusable): it changes through the email change
 * flow. The verified badge and the pending address are tied to the input for screen readers.
 */
export function EmailField({ id, label, email, verified, pendingEmail, reason, help, className }: EmailFieldProps) {
  const { profileForm: m } = useMessages();
  const fmt = useFormatters();
  const badgeId = `${id}-verified`;
  const pendingId = `${id}-pending`;
  return (
    <FieldShell id={id} label={label} help={help} readOnlyReason={reason} className={className}>
      {(control) => (
        <>
          <span className="pk-email-value">
            <input
              {...control}
              aria-describedby={[verified === undefined ? null : badgeId, pendingEmail ? pendingId : null, control['aria-describedby']].filter(Boolean).join(' ') || undefined}
              className="pk-input"
              type="email"
              readOnly
              value={email}
              dir="ltr"
            />
            {verified === undefined ? null : (
              <span id={badgeId} className="pk-badge" data-pk-verified={verified ? 'true' : 'false'}>
                {verified ? m.verified : m.notVerified}
              </span>
            )}
          </span>
          {pendingEmail ? (
            <p id={pendingId} className="pk-help pk-pending-note">
              {fmt.format(m.pendingEmailOther, { email: pendingEmail })}
            </p>
          ) : null}
        </>
      )}
    </FieldShell>
  );
}
