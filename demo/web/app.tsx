import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { en, fr, isProfileError, ProfileKitProvider } from 'profilekit';
import { createHttpAdapter } from 'profilekit/adapters';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AdminPage } from './admin-page';
import { fetchSession, signOut as endSession, type DemoSession } from './dev-api';
import { DemoContext, initialLanguage, initialTheme, languages, useDemo, useHashRoute, useRemembered, type DemoContextValue, type Theme } from './demo-state';
import { Footer, Header } from './header';
import { MyProfilePage } from './my-profile-page';
import { OutboxPage } from './outbox-page';
import { PageHeading } from './page-heading';
import { SignInPage } from './sign-in-page';
import { SignUpPage } from './sign-up-page';
import { demoStrings } from './strings';

// The library as an app uses it: one HTTP adapter over the reference server's routes.
const adapter = createHttpAdapter({ baseUrl: '/api/profile' });
const themes = ['light', 'dark'] as const satisfies readonly Theme[];

export function App() {
  const [language, setLanguage] = useRemembered('profilekit-demo:language', initialLanguage, languages);
  const [theme, setTheme] = useRemembered<Theme>('profilekit-demo:theme', initialTheme, themes);
  const route = useHashRoute();
  /** undefined while the first check runs. */
  const [session, setSession] = useState<DemoSession | null | undefined>(undefined);
  /** Why the sign-in page shows: the session ended on the server, or the account was erased. */
  const [ended, setEnded] = useState<'session' | 'erased' | null>(null);

  useEffect(() => {
    document.documentElement.dataset.pkTheme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const refresh = useCallback(async () => {
    try {
      setSession(await fetchSession());
    } catch {
      setSession(null);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  const signedIn = useCallback(
    async (page?: string) => {
      setEnded(null);
      if (page) window.location.hash = page;
      await refresh();
    },
    [refresh],
  );

  const signOut = useCallback(() => {
    void endSession().finally(() => {
      setEnded(null);
      setSession(null);
    });
  }, []);
  const sessionLost = useCallback(() => {
    setEnded('session');
    setSession(null);
  }, []);
  // DeleteAccount erased the account at once (a grace period of 0): the server ended its
  // sessions; the page signs out and says why.
  const accountErased = useCallback(() => {
    void endSession().finally(() => {
      setEnded('erased');
      setSession(null);
      window.location.hash = '#/';
    });
  }, []);

  const t = demoStrings[language];
  const context = useMemo<DemoContextValue>(
    () => ({ t, language, setLanguage, theme, setTheme, session: session ?? null, signOut, accountErased, route }),
    [t, language, setLanguage, theme, setTheme, session, signOut, accountErased, route],
  );

  return (
    <DemoContext.Provider value={context}>
      <div className="pk-root demo-app">
        <a className="demo-skip" href="#main" onClick={skipToMain}>
          {t.skip}
        </a>
        {session === undefined ? (
          <div className="demo-splash" role="status">
            <span className="pk-spinner" aria-hidden="true" /> {t.loading}
          </div>
        ) : session === null ? (
          // Signed out: the sign-up page, or the sign-in (for every other address). The
          // provider gives both the library's formatters (the sign-up's errors by issue id).
          <ProfileKitProvider adapter={adapter} messages={language === 'fr' ? fr : en}>
            {route[0] === 'signup' ? (
              <SignUpPage onSignedUp={() => void signedIn('#/profile')} />
            ) : (
              <SignInPage notice={ended === 'erased' ? t.signIn.erased : ended === 'session' ? t.signIn.sessionEnded : undefined} onSignedIn={() => void signedIn()} />
            )}
          </ProfileKitProvider>
        ) : (
          // A fresh query cache for every signed-in user.
          <SignedIn key={session.userId} onSessionLost={sessionLost} />
        )}
      </div>
    </DemoContext.Provider>
  );
}

/** The skip link targets an element, not a route: keep the hash as it is. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function SignedIn({ onSessionLost }: { onSessionLost: () => void }) {
  const { language, route } = useDemo();
  useScrollToTopOnNavigation(route.join('/'));
  const [queryClient] = useState(() => {
    // The server forgot the session (restarted, or signed out in another tab): back to sign-in.
    const onError = (error: unknown) => {
      if (isProfileError(error) && error.code === 'unauthenticated') onSessionLost();
    };
    return new QueryClient({
      queryCache: new QueryCache({ onError }),
      mutationCache: new MutationCache({ onError }),
      defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
    });
  });
  return (
    <ProfileKitProvider adapter={adapter} queryClient={queryClient} messages={language === 'fr' ? fr : en}>
      <Header />
      <main className="demo-main" id="main" tabIndex={-1}>
        <Page />
      </main>
      <Footer />
    </ProfileKitProvider>
  );
}

function Page() {
  const { route, session, t } = useDemo();
  const [name = 'profile', id] = route;
  switch (name) {
    case 'profile':
      return <MyProfilePage />;
    case 'admin':
      return session?.isAdmin ? (
        <AdminPage selectedId={id} />
      ) : (
        <div className="demo-page demo-narrow">
          <PageHeading title={t.admin.forbiddenTitle} lead={t.admin.forbidden} />
        </div>
      );
    case 'outbox':
      return <OutboxPage />;
    default:
      return (
        <div className="demo-page demo-narrow">
          <PageHeading title={t.notFound} />
          <a className="pk-button" href="#/profile">
            {t.nav.profile}
          </a>
        </div>
      );
  }
}

/** A new page (or another user on the admin page) starts at the top, as a page load would. */
function useScrollToTopOnNavigation(path: string) {
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    window.scrollTo(0, 0);
  }, [path]);
}
