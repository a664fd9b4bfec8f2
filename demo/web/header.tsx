import { useProfile } from 'profilekit';
import { Avatar } from './avatar';
import { useDemo } from './demo-state';
import { fill, type Language } from './strings';

/** The top bar: brand, the pages (when signed in), language, theme, and the signed-in user. */
export function Header() {
  const { t, session, route } = useDemo();
  const current = route[0] ?? 'profile';
  const pages = [
    { id: 'profile', label: t.nav.profile, show: true },
    { id: 'admin', label: t.nav.admin, show: session?.isAdmin ?? false },
    { id: 'outbox', label: t.nav.outbox, show: true },
  ].filter((page) => page.show);
  return (
    <header className="demo-header">
      <div className="demo-header-inner">
        <a className="demo-brand" href={session ? '#/profile' : '#'}>
          <img className="demo-logo" src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t.brand}</span>
          <span className="demo-badge">{t.demoBadge}</span>
        </a>
        {session && (
          <nav className="demo-nav" aria-label={t.nav.label}>
            {pages.map((page) => (
              <a key={page.id} href={`#/${page.id}`} aria-current={current === page.id ? 'page' : undefined}>
                {page.label}
              </a>
            ))}
          </nav>
        )}
        <div className="demo-tools">
          <LanguageSwitch />
          <ThemeToggle />
          {session && <UserBadge />}
        </div>
      </div>
    </header>
  );
}

function LanguageSwitch() {
  const { t, language, setLanguage } = useDemo();
  return (
    <select className="pk-select demo-language" aria-label={t.tools.language} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
      <option value="en" lang="en">
        EN
      </option>
      <option value="fr" lang="fr">
        FR
      </option>
    </select>
  );
}

function ThemeToggle() {
  const { t, theme, setTheme } = useDemo();
  const dark = theme === 'dark';
  return (
    <button type="button" className="pk-button demo-icon-button" aria-pressed={dark} title={t.tools.darkTheme} onClick={() => setTheme(dark ? 'light' : 'dark')}>
      <span className="pk-visually-hidden">{t.tools.darkTheme}</span>
      {dark ? <MoonIcon /> : <SunIcon />}
    </button>
  );
}

/** Who is signed in, kept current from the profile itself (renaming yourself shows here at once). */
function UserBadge() {
  const { t, session, signOut } = useDemo();
  const profile = useProfile();
  const name = profile.data?.name || session?.name || session?.email || '';
  const email = profile.data?.email ?? session?.email ?? '';
  const picture = profile.data?.picture;
  return (
    <div className="demo-user">
      <Avatar name={name} picture={picture} />
      <span className="pk-visually-hidden">{fill(t.tools.signedInAs, { name: email && email !== name ? `${name} (${email})` : name })}</span>
      <span className="demo-user-text" aria-hidden="true">
        <span className="demo-user-name">{name}</span>
        {email !== name && <span className="demo-user-email">{email}</span>}
      </span>
      <button type="button" className="pk-button demo-signout" onClick={signOut}>
        <SignOutIcon />
        <span className="demo-signout-label">{t.tools.signOut}</span>
      </button>
    </div>
  );
}

export function Footer() {
  const { t } = useDemo();
  return (
    <footer className="demo-footer">
      <p>{t.footer}</p>
    </footer>
  );
}

const icon = { width: 18, height: 18, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

function SunIcon() {
  return (
    <svg {...icon}>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg {...icon}>
      <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
    </svg>
  );
}

function SignOutIcon() {
  return (
    <svg {...icon}>
      <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" />
    </svg>
  );
}
