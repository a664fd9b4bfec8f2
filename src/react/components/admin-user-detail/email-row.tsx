import { memo, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { emailSchema, isProfileError, type FieldAccess } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { FormAlert } from '../../ui/form-alert';
import { Spinner } from '../../ui/spinner';
import type { DetailContext } from './detail-context';
import { InlineField } from './inline-field';

export interface EmailRowProps {
  label: string;
  email: string | undefined;
  emailVerified: boolean | undefined;
  pendingEmail: string | null | undefined;
  access: FieldAccess;
  ctx: DetailContext;
  idPrefix: string;
}

/**
 * The account email: the address, whether it is verified, the pending address if a change
 * waits for confirmation, and "Change email": a new address, sent a confirmation link, or
 * (with "Mark as verified") applied at once.
 */
export const EmailRow = memo(function EmailRow({ label, email, emailVerified, pendingEmail, access, ctx, idPrefix }: EmailRowProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [verified, setVerified] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const basedOn = useRef<number | undefined>(undefined);
  const focusNext = useRef<'input' | 'button' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = `${idPrefix}-email`;
  const ids = { label: `${id}-label`, value: `${id}-value`, pending: `${id}-pending`, input: `${id}-new`, error: `${id}-new-error`, verified: `${id}-verified`, verifiedHelp: `${id}-verified-help` };

  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'input') inputRef.current?.focus();
    if (target === 'button') buttonRef.current?.focus();
  });

  if (!access.editable) {
    const display = [email ?? common.empty, emailVerified ? admin.email.verified : admin.email.unverified].join(' · ');
    return <InlineField id={id} name="email" label={label} display={display} readOnlyReason="not-permitted" />;
  }

  const close = () => {
    setOpen(false);
    setError(null);
    setFormError(null);
    focusNext.current = 'button';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const parsed = emailSchema.safeParse(draft);
    if (!parsed.success) {
      setError(fmt.fieldError(parsed.error.issues[0] ?? common.validation.email));
      focusNext.current = 'input';
      return;
    }
    setError(null);
    setFormError(null);
    setSaving(true);
    ctx.setEmail({ email: parsed.data, verified }, basedOn.current).then(
      (result) => {
        setSaving(false);
        if (result.status === 'dismissed') {
          // The conflict dialog closed without a choice: the form stays open with the address.
          setFormError(common.conflict.unresolved);
          return;
        }
        if (result.status === 'saved') {
          ctx.announce(fmt.format(verified ? admin.email.changed : admin.email.sentLink, { email: parsed.data }));
        }
        close();
      },
      (failure: unknown) => {
        setSaving(false);
        const code = isProfileError(failure) ? failure.code : undefined;
        const onInput = code === 'email_taken' ? fmt.error(failure) : isProfileError(failure) && failure.fields?.email ? fmt.fieldErrors(failure).email! : null;
        if (onInput) {
          setError(onInput);
          focusNext.current = 'input';
        } else {
          setFormError(code === 'forbidden' && ctx.isSelf ? admin.email.ownForbidden : fmt.error(failure));
        }
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || saving) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  return (
    <div className="pk-inline-field pk-email-row" data-pk-field="email" data-state={open ? (error ? 'invalid' : 'editing') : 'idle'} aria-busy={saving || undefined}>
      <span className="pk-label pk-inline-label" id={ids.label}>
        {label}
      </span>
      <div className="pk-inline-body">
        <p className="pk-email-current">
          <span id={ids.value} className="pk-email-address">
            {email ?? common.empty}
          </span>{' '}
          <span className="pk-badge" data-pk-verified={emailVerified ? 'true' : 'false'}>
            {emailVerified ? admin.email.verified : admin.email.unverified}
          </span>
        </p>
        {pendingEmail ? (
          <p className="pk-email-pending" id={ids.pending} data-pk-pending="">
            <span>{fmt.format(admin.email.pending, { email: pendingEmail })}</span> <span className="pk-help">{admin.email.pendingHint}</span>
          </p>
        ) : null}
        {open ? (
          <form className="pk-email-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={ids.label}>
            <div className="pk-field">
              <label className="pk-label" htmlFor={ids.input}>
                {admin.email.newEmail}
              </label>
              <input
                ref={inputRef}
                id={ids.input}
                className="pk-input"
                type="email"
                autoComplete="off"
                spellCheck={false}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? ids.error : undefined}
              />
              {error ? (
                <p className="pk-error" id={ids.error}>
                  {error}
                </p>
              ) : null}
            </div>
            <div className="pk-switch-field">
              <input
                id={ids.verified}
                className="pk-switch"
                type="checkbox"
                role="switch"
                checked={verified}
                onChange={(e) => setVerified(e.target.checked)}
                aria-describedby={ids.verifiedHelp}
              />
              <label className="pk-label" htmlFor={ids.verified}>
                {admin.email.markVerified}
              </label>
              <p className="pk-help" id={ids.verifiedHelp}>
                {admin.email.markVerifiedHelp}
              </p>
            </div>
            <FormAlert message={formError} />
            <div className="pk-actions">
              <button type="button" className="pk-button" onClick={close} disabled={saving}>
                {common.cancel}
              </button>
              {saving ? <Spinner label={common.saving} /> : null}
              <button type="submit" className="pk-button pk-button--primary" aria-disabled={saving || undefined}>
                {admin.email.submit}
              </button>
            </div>
          </form>
        ) : (
          <button
            ref={buttonRef}
            type="button"
            className="pk-button pk-email-change"
            aria-describedby={`${ids.label} ${ids.value}`}
            onClick={() => {
              basedOn.current = ctx.currentVersion();
              setDraft(pendingEmail ?? '');
              setVerified(false);
              setError(null);
              setFormError(null);
              focusNext.current = 'input';
              setOpen(true);
            }}
          >
            {admin.email.change}
          </button>
        )}
      </div>
    </div>
  );
});
