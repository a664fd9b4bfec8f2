import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { Footer, Header } from './header';
import { useFocusOnArrival } from './page-heading';

/** The frame of the signed-out pages (sign-in, sign-up): header, a card with the title and lead, then the page's own content. */
export function AuthPage({ title, lead, children, after }: { title: string; lead: string; children: ReactNode; after?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  useEffect(() => {
    document.title = `${title} · profilekit demo`;
  }, [title]);
  return (
    <>
      <Header />
      <main className="demo-main demo-signin" id="main" tabIndex={-1}>
        <div className="demo-card demo-signin-card">
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p className="demo-lead">{lead}</p>
          {children}
        </div>
        {after}
      </main>
      <Footer />
    </>
  );
}

export interface AuthFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  help?: string;
  /** Said under the input and tied to it (`aria-describedby`, `aria-invalid`). */
  error?: string;
  /** Marked invalid without a message of its own (the form's alert says why). */
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input of a signed-out page, its help and error tied to it. */
export function AuthField({ id, label, value, onValue, help, error, invalid, inputRef, ...input }: AuthFieldProps) {
  const describedBy = [error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="pk-field">
      <label className="pk-label" htmlFor={id}>
        {label}
      </label>
      <input {...input} id={id} ref={inputRef} className="pk-input" value={value} onChange={(event) => onValue(event.target.value)} aria-invalid={error || invalid ? true : undefined} aria-describedby={describedBy} />
      {help ? <p className="pk-help" id={`${id}-help`}>{help}</p> : null}
      {error ? <p className="pk-error" id={`${id}-error`}>{error}</p> : null}
    </div>
  );
}

/** The end of a signed-out form: its alert (always there, so that it is announced), the submit button, then the way to the other page. */
export function AuthSubmit({ alertId, alert, busy, label, busyLabel }: { alertId?: string; alert: string | null; busy: boolean; label: string; busyLabel: string }) {
  return (
    <>
      <p className="pk-form-alert" id={alertId} role="alert">
        {alert}
      </p>
      <button type="submit" className="pk-button pk-button--primary demo-wide-button" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </>
  );
}

/** "No account yet? Create an account" / "Already have an account? Sign in". */
export function AuthSwitch({ text, href, link }: { text: string; href: string; link: string }) {
  return (
    <p className="demo-switch">
      {text} <a href={href}>{link}</a>
    </p>
  );
}
