import { useFormatters } from 'profilekit';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { signUp } from './dev-api';
import { useDemo } from './demo-state';
import { Footer, Header } from './header';
import { useFocusOnArrival } from './page-heading';

type Field = 'name' | 'email' | 'password';

/**
 * The demo's sign-up (not part of profilekit: a host app's own page): the library creates the
 * account (its password policy, its audit entry), the demo signs it in. An address whose account
 * was erased is free again. The library's refusals land on their fields, in the page's language
 * (by issue id, through the provider's formatters).
 */
export function SignUpPage({ onSignedUp }: { onSignedUp: () => void }) {
  const { t } = useDemo();
  const fmt = useFormatters();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useFocusOnArrival(heading);
  useEffect(() => {
    document.title = `${t.signUp.title} · profilekit demo`;
  }, [t]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setAlert(null);
    try {
      const error = await signUp({ email: values.email, password: values.password, ...(values.name.trim() ? { name: values.name } : {}) });
      if (!error) return onSignedUp();
      const fields = fmt.fieldErrors(error) as Partial<Record<Field, string>>;
      if (error.code === 'email_taken') fields.email = fmt.error(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setAlert(fmt.error(error));
      else document.getElementById(`${id}-${(['name', 'email', 'password'] as const).find((name) => fields[name])}`)?.focus();
    } catch {
      setAlert(t.signUp.failed);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: Field, label: string, input: { type: string; autoComplete: string; required?: boolean }, help?: string) => (
    <div className="pk-field">
      <label className="pk-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        className="pk-input"
        name={name}
        {...input}
        value={values[name]}
        onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[errors[name] ? `${id}-${name}-error` : '', help ? `${id}-${name}-help` : ''].filter(Boolean).join(' ') || undefined}
      />
      {help ? (
        <p className="pk-help" id={`${id}-${name}-help`}>
          {help}
        </p>
      ) : null}
      {errors[name] ? (
        <p className="pk-error" id={`${id}-${name}-error`}>
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <>
      <Header />
      <main className="demo-main demo-signin" id="main" tabIndex={-1}>
        <div className="demo-card demo-signin-card">
          <h1 ref={heading} tabIndex={-1}>
            {t.signUp.title}
          </h1>
          <p className="demo-lead">{t.signUp.lead}</p>
          <form className="demo-form" onSubmit={submit} noValidate>
            {field('name', t.signUp.name, { type: 'text', autoComplete: 'name' })}
            {field('email', t.signUp.email, { type: 'email', autoComplete: 'username', required: true })}
            {field('password', t.signUp.password, { type: 'password', autoComplete: 'new-password', required: true }, t.signUp.passwordHelp)}
            <p className="pk-form-alert" role="alert">
              {alert}
            </p>
            <button type="submit" className="pk-button pk-button--primary demo-wide-button" disabled={busy}>
              {busy ? t.signUp.submitting : t.signUp.submit}
            </button>
          </form>
          <p className="demo-switch">
            {t.signUp.haveAccount} <a href="#/">{t.signUp.signIn}</a>
          </p>
        </div>
      </main>
      <Footer />
    </>
  );
}
