import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { fetchSeededAddresses, signIn } from './dev-api';
import { useDemo } from './demo-state';
import { Footer, Header } from './header';
import { useFocusOnArrival } from './page-heading';

/** The demo's development sign-in (not part of profilekit). */
export function SignInPage({ notice, onSignedIn }: { notice?: string; onSignedIn: () => void }) {
  const { t } = useDemo();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The seeded accounts' addresses as they are now; their passwords are printed by npm start.
  const [seeded, setSeeded] = useState<string[]>([]);
  useFocusOnArrival(heading);
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
  useEffect(() => {
    document.title = `${t.signIn.title} · profilekit demo`;
  }, [t]);

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
    <>
      <Header />
      <main className="demo-main demo-signin" id="main" tabIndex={-1}>
        <div className="demo-card demo-signin-card">
          <h1 ref={heading} tabIndex={-1}>
            {t.signIn.title}
          </h1>
          <p className="demo-lead">{t.signIn.lead}</p>
          {notice && !error && (
            <p className="pk-banner demo-notice" role="status">
              {notice}
            </p>
          )}
          <form className="demo-form" onSubmit={submit} aria-describedby={error ? `${id}-error` : undefined}>
            <div className="pk-field">
              <label className="pk-label" htmlFor={`${id}-email`}>
                {t.signIn.email}
              </label>
              <input
                id={`${id}-email`}
                className="pk-input"
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
            <div className="pk-field">
              <label className="pk-label" htmlFor={`${id}-password`}>
                {t.signIn.password}
              </label>
              <input
                id={`${id}-password`}
                ref={passwordInput}
                className="pk-input"
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                aria-invalid={error === t.signIn.wrong || undefined}
              />
            </div>
            <p className="pk-form-alert" id={`${id}-error`} role="alert">
              {error}
            </p>
            <button type="submit" className="pk-button pk-button--primary demo-wide-button" disabled={busy}>
              {busy ? t.signIn.submitting : t.signIn.submit}
            </button>
          </form>
          <p className="demo-switch">
            {t.signIn.noAccount} <a href="#/signup">{t.signIn.signUp}</a>
          </p>
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
        </div>
        <p className="demo-dev-note">{t.signIn.devOnly}</p>
      </main>
      <Footer />
    </>
  );
}
