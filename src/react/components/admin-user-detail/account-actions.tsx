import { useEffect, useRef, type ReactNode } from 'react';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { preloadDialogOnIntent } from '../../ui/dialog';
import { Spinner } from '../../ui/spinner';
import { AccountStatusBanner } from '../account-status/account-status-banner';
import { FormDialog } from '../../ui/form-dialog';
import { DeletionModeField, ReasonField } from './account-action-fields';
import { useAccountActionsController, type AccountActionsInput, type AccountStep } from './use-account-actions-controller';

export interface AccountActionsProps extends AccountActionsInput {
  /** The account was erased from this screen: say so in place of the actions. */
  erased: boolean;
}

/**
 * The head of AdminUserDetail (a lazy part: its words and dialogs are not in the screen's first
 * load): the account's state (suspended, with why and since when; pending deletion, with its
 * date), then the steps the config allows on it, each behind a confirmation: download its data,
 * suspend (with a reason) or reactivate, delete (now or after the grace period) or cancel a
 * scheduled deletion. After an immediate deletion, only that it is erased.
 */
export function AccountActions({ erased, ...input }: AccountActionsProps) {
  const m = useComponentMessages('users', english).actions;
  const fmt = useFormatters();
  const c = useAccountActionsController(input);
  const erasedNote = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (erased) erasedNote.current?.focus();
  }, [erased]);
  if (erased) {
    return (
      <p ref={erasedNote} tabIndex={-1} className="pk-banner pk-deletion-erased" data-pk-banner="erased">
        {m.erased}
      </p>
    );
  }
  const { name } = c;
  const button = (step: AccountStep, text: string, danger = false) =>
    c.offered[step] ? (
      <button
        type="button"
        className={danger ? 'pk-button pk-button--danger' : 'pk-button'}
        data-pk-step={step}
        aria-disabled={c.running ? 'true' : undefined}
        onClick={() => c.open(step)}
        {...preloadDialogOnIntent}
      >
        {c.running === step ? <span className="pk-spinner" aria-hidden="true" /> : null}
        {text}
      </button>
    ) : null;
  const confirm = (step: 'export' | 'reactivate' | 'cancelDeletion', title: string, description: string, label: string) => (
    <ConfirmDialog
      open={c.dialog === step}
      onOpenChange={(open) => c.setDialog(open ? step : null)}
      title={fmt.format(title, { name })}
      description={description}
      confirmLabel={label}
      onConfirm={() => void c.steps[step]()}
    />
  );
  const form = (step: 'suspend' | 'delete', title: string, description: string, label: string, body: ReactNode) => (
    <FormDialog
      open={c.dialog === step}
      onOpenChange={(open) => c.setDialog(open ? step : null)}
      onCancel={() => c.setDialog(null)}
      title={fmt.format(title, { name })}
      description={description}
      name={`${step}-user`}
      submitLabel={label}
      danger
      onSubmit={() => c.submit(step)}
    >
      {body}
    </FormDialog>
  );
  const anyOffered = Object.values(c.offered).some(Boolean);
  return (
    <div className="pk-account-actions" data-state={c.state}>
      <AccountStatusBanner profile={input.profile} isSelf={input.isSelf} />
      {anyOffered ? (
        <div ref={c.group} role="group" aria-label={fmt.format(m.label, { name })} className="pk-actions pk-account-actions-buttons">
          {c.running ? <Spinner label={m.working} /> : null}
          {button('export', m.export)}
          {button('suspend', m.suspend)}
          {button('reactivate', m.reactivate)}
          {button('cancelDeletion', m.cancelDeletion)}
          {button('delete', m.delete, true)}
        </div>
      ) : null}
      {c.error ? (
        <p className="pk-error" role="alert">
          {c.error}
        </p>
      ) : null}
      {confirm('export', m.exportTitle, m.exportDescription, m.exportConfirm)}
      {confirm('reactivate', m.reactivateTitle, m.reactivateDescription, m.reactivateConfirm)}
      {confirm('cancelDeletion', m.cancelTitle, m.cancelDescription, m.cancelConfirm)}
      {form('suspend', m.suspendTitle, m.suspendDescription, m.suspendConfirm, <ReasonField c={c} />)}
      {form('delete', m.deleteTitle, m.deleteDescription, m.deleteConfirm, <DeletionModeField c={c} />)}
    </div>
  );
}
