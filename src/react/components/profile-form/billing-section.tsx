import { useId } from 'react';
import type { Billing, FieldReason } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { ReadOnlyField } from './read-only-field';

export interface BillingSectionProps {
  /** The section title (the config's label for `billing`). */
  title: string;
  billing: Billing | null | undefined;
  /** Why the viewer cannot change billing; `null` when they could elsewhere (display only here). */
  reason: FieldReason | null;
}

/**
 * Billing details (admins on someone else's profile, when the config shows them): plan, status,
 * seats and customer reference, each a `readonly` input so the values stay focusable and read out.
 */
export function BillingSection({ title, billing, reason }: BillingSectionProps) {
  const { common, profileForm: m } = useMessages();
  const fmt = useFormatters();
  const id = useId();
  const status = billing?.status;
  return (
    <fieldset className="pk-section pk-billing" data-pk-section="billing">
      <legend className="pk-section-title">{title}</legend>
      {billing ? (
        <div className="pk-billing-grid">
          <ReadOnlyField id={`${id}plan`} label={m.billing.plan} value={billing.plan ?? ''} emptyText={common.empty} reason={reason} />
          <ReadOnlyField id={`${id}status`} label={m.billing.status} value={status ? m.billing.statuses[status] : ''} emptyText={common.empty} reason={reason} />
          <ReadOnlyField
            id={`${id}seats`}
            label={m.billing.seats}
            value={billing.seats === undefined ? '' : fmt.number(billing.seats)}
            emptyText={common.empty}
            reason={reason}
          />
          <ReadOnlyField id={`${id}ref`} label={m.billing.customerRef} value={billing.customerRef ?? ''} emptyText={common.empty} reason={reason} dir="ltr" />
        </div>
      ) : (
        <p className="pk-help">{m.billing.none}</p>
      )}
    </fieldset>
  );
}
