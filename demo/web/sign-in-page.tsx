import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { fetchSeededAddresses, signIn } from './dev-api';
import { AuthField, AuthPage, AuthSubmit, AuthSwitch } from './auth-page';
import { useDemo } from './demo-state';

/** The demo's development sign-in (not part of profilekit). */
export function SignInPage({ notice, onSignedIn }: { notice?: string; onSignedIn: () => void }) {
  const { t } = useDemo();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  // The seeded accounts' addresses as they are now; their passwords are printed by npm start.
  const [seeded, setSeeded] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    fetchSeededAddresses().then(
      (addresses) => live && setSeeded(addresses),
      () => undefined, // no suggestions then: the form works without them
    );
    return () => {
      live = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const outcome = await signIn(email, password);
      if (outcome === 'ok') return onSignedIn();
      // The server asks the library (`isActive`) after the password: a suspended account is told so.
      setError(outcome === 'suspended' ? t.signIn.suspended : t.signIn.wrong);
      passwordInput.current?.select();
    } catch {
      setError(t.signIn.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthPage title={t.signIn.title} lead={t.signIn.lead} after={<p className="demo-dev-note">{t.signIn.devOnly}</p>}>
      {notice && !error && (
        <p className="pk-banner demo-notice" role="status">
          {notice}
        </p>
      )}
      <form className="demo-form" onSubmit={submit} aria-describedby={error ? `${id}-error` : undefined}>
        <AuthField id={`${id}-email`} label={t.signIn.email} type="email" name="email" autoComplete="username" required value={email} onValue={setEmail} />
        <AuthField
          id={`${id}-password`}
          inputRef={passwordInput}
          label={t.signIn.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          invalid={error === t.signIn.wrong}
        />
        <AuthSubmit alertId={`${id}-error`} alert={error} busy={busy} label={t.signIn.submit} busyLabel={t.signIn.submitting} />
      </form>
      <AuthSwitch text={t.signIn.noAccount} href="#/signup" link={t.signIn.signUp} />
      <div className="demo-seeded">
        <p className="demo-seeded-title">{t.signIn.seeded}</p>
        <div className="demo-seeded-list">
          {seeded.map((address) => (
            <button
              key={address}
              type="button"
              className="pk-button demo-chip"
              onClick={() => {
                setEmail(address);
                passwordInput.current?.focus();
              }}
            >
              {address}
            </button>
          ))}
        </div>
        <p className="pk-help">{t.signIn.passwordsWhere}</p>
      </div>
    </AuthPage>
  );
}
