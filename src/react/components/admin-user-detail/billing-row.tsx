import { memo } from 'react';
import type { Billing, FieldAccess } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import type { DetailContext } from './detail-context';
import { InlineField } from './inline-field';
import { useInlineCommit } from './use-inline-commit';

export type BillingPart = keyof Billing;
export const BILLING_PARTS: BillingPart[] = ['plan', 'status', 'seats', 'customerRef'];
const STATUSES = ['trialing', 'active', 'past_due', 'canceled'] as const;

export interface BillingRowProps {
  part: BillingPart;
  value: Billing[BillingPart];
  access: FieldAccess;
  ctx: DetailContext;
  idPrefix: string;
}

/**
 * One part of the billing info (plan, status, seats, customer reference), edited in place. A
 * save sends the whole billing object as it is now with this part changed; clearing every part
 * clears billing.
 */
export const BillingRow = memo(function BillingRow({ part, value, access, ctx, idPrefix }: BillingRowProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const label = admin.billing[part];
  const path = `billing.${part}`;
  const { onEditStart, commit } = useInlineCommit(ctx, path, label);
  const format = (v: unknown): string => {
    if (v === undefined || v === null || v === '') return common.empty;
    if (part === 'status') return admin.billing.statuses[v as (typeof STATUSES)[number]] ?? String(v);
    if (part === 'seats' && typeof v === 'number') return fmt.number(v);
    return String(v);
  };
  const id = `${idPrefix}-billing-${part}`;
  if (!access.editable) {
    return <InlineField id={id} name={path} label={label} display={format(value)} readOnlyReason={access.reason ?? 'not-permitted'} />;
  }
  return (
    <InlineField<string>
      id={id}
      name={path}
      label={label}
      display={format(value)}
      initialDraft={value === undefined || value === null ? '' : String(value)}
      onEditStart={onEditStart}
      onCommit={(draft) => {
        const text = draft.trim();
        let next: Billing[BillingPart] | undefined = text === '' ? undefined : text;
        if (part === 'seats' && text !== '') {
          if (!/^\d+$/.test(text)) return { status: 'invalid', error: common.validation.expectedNumber };
          next = Number(text);
        }
        const billing: Record<string, unknown> = { ...ctx.currentProfile()?.billing };
        if (next === undefined) delete billing[part];
        else billing[part] = next;
        return commit({ billing: Object.keys(billing).length > 0 ? (billing as Billing) : null }, value ?? null, format);
      }}
      renderInput={({ control, value: draft, onChange }) =>
        part === 'status' ? (
          <select {...control} className="pk-select" value={draft} onChange={(e) => onChange(e.target.value)}>
            <option value="">{common.empty}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {admin.billing.statuses[status]}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...control}
            className="pk-input"
            type="text"
            inputMode={part === 'seats' ? 'numeric' : undefined}
            autoComplete="off"
            value={draft}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    />
  );
});
