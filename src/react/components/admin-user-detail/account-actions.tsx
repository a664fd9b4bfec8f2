import { useEffect, useRef } from 'react';
import { users as english } from '../../i18n/locales/en/users';
import { FormDialog } from '../../ui/form-dialog';
import type { LazyKit } from '../../ui/lazy-kit';
import { useKitMessages } from '../../ui/use-kit-messages';
import { AccountStatusBanner } from '../account-status/account-status-banner';
import { DeletionModeField, ReasonField } from './account-action-fields';
import { useAccountActionsController, type AccountActionsInput, type AccountStep } from './use-account-actions-controller';

export interface AccountActionsProps extends AccountActionsInput {
  /** What the part takes from AdminUserDetail instead of importing it (see `LazyKit`). */
  kit: LazyKit;
  /** The account was erased from this screen: say so in place of the actions. */
  erased: boolean;
}

/**
 * The head of AdminUserDetail (a lazy part: its words, dialogs and steps are in no first load):
 * the account's state (suspended, with why and since when; pending deletion, with its date),
 * then the steps the config allows on it, each behind a confirmation: download its data, suspend
 * (with a reason) or reactivate, delete (now or after the grace period) or cancel a scheduled
 * deletion. After an immediate deletion, only that it is erased.
 */
export function AccountActions({ erased, kit, ...input }: AccountActionsProps) {
  const m = useKitMessages(kit, 'users', english).actions;
  const c = useAccountActionsController(kit, input);
  const { fmt } = kit;
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
  const texts: Record<AccountStep, [button: string, title: string, description: string, submit: string]> = {
    export: [m.export, m.exportTitle, m.exportDescription, m.exportConfirm],
    suspend: [m.suspend, m.suspendTitle, m.suspendDescription, m.suspendConfirm],
    reactivate: [m.reactivate, m.reactivateTitle, m.reactivateDescription, m.reactivateConfirm],
    delete: [m.delete, m.deleteTitle, m.deleteDescription, m.deleteConfirm],
    cancelDeletion: [m.cancelDeletion, m.cancelTitle, m.cancelDescription, m.cancelConfirm],
  };
  /** One button per slot: Suspend… and Reactivate… share theirs (focus stays on it when it turns into the other). */
  const slot = (choices: AccountStep[], danger = false) => {
    const step = choices.find((choice) => c.offered[choice]);
    if (!step) return null;
    return (
      <button type="button" className={danger ? 'pk-button pk-button--danger' : 'pk-button'} data-pk-step={step} aria-disabled={c.running || undefined} onClick={() => c.start(step)} {...kit.preloadDialog}>
        {texts[step][0]}
      </button>
    );
  };
  const [, title, description, submit] = texts[c.step];
  const danger = c.step === 'suspend' || c.step === 'delete';
  return (
    <div className="pk-account-actions" data-state={c.state}>
      <AccountStatusBanner profile={input.profile} isSelf={input.isSelf} kit={kit} />
      {Object.values(c.offered).some(Boolean) ? (
        <div role="group" aria-label={fmt.format(m.label, { name: c.name })} className="pk-actions pk-account-actions-buttons">
          {slot(['export'])}
          {slot(['suspend', 'reactivate'])}
          {slot(['delete', 'cancelDeletion'], true)}
        </div>
      ) : null}
      <FormDialog
        Dialog={kit.Dialog}
        open={c.open}
        onCancel={c.cancel}
        title={fmt.format(title, { name: c.name })}
        description={description}
        name={`account-${c.step}`}
        submitLabel={submit}
        cancelLabel={kit.messages.common.cancel}
        busy={c.running}
        busyLabel={m.working}
        danger={danger}
        onSubmit={() => void c.submit()}
      >
        {c.step === 'suspend' ? <ReasonField c={c} m={m} /> : c.step === 'delete' ? <DeletionModeField c={c} m={m} fmt={fmt} /> : null}
        {c.error ? (
          <p className="pk-form-alert" role="alert">
            {c.error}
          </p>
        ) : null}
      </FormDialog>
    </div>
  );
}
