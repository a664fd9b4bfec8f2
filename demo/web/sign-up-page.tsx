import { useFormatters } from 'profilekit';
import { useId, useState, type FormEvent } from 'react';
import { AuthField, AuthPage, AuthSubmit, AuthSwitch } from './auth-page';
import { signUp } from './dev-api';
import { useDemo } from './demo-state';

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
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
    <AuthField
      id={`${id}-${name}`}
      label={label}
      name={name}
      {...input}
      value={values[name]}
      onValue={(value) => setValues((current) => ({ ...current, [name]: value }))}
      help={help}
      error={errors[name]}
    />
  );

  return (
    <AuthPage title={t.signUp.title} lead={t.signUp.lead}>
      <form className="demo-form" onSubmit={submit} noValidate>
        {field('name', t.signUp.name, { type: 'text', autoComplete: 'name' })}
        {field('email', t.signUp.email, { type: 'email', autoComplete: 'username', required: true })}
        {field('password', t.signUp.password, { type: 'password', autoComplete: 'new-password', required: true }, t.signUp.passwordHelp)}
        <AuthSubmit alert={alert} busy={busy} label={t.signUp.submit} busyLabel={t.signUp.submitting} />
      </form>
      <AuthSwitch text={t.signUp.haveAccount} href="#/" link={t.signUp.signIn} />
    </AuthPage>
  );
}
