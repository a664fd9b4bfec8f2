// The demo page's small pieces of state: the hash route, remembered preferences, and a context
// for the words, language, theme and session every part reads.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { DemoSession } from './dev-api';
import { demoStrings, type DemoStrings, type Language } from './strings';

export type Theme = 'light' | 'dark';

export interface DemoContextValue {
  t: DemoStrings;
  language: Language;
  setLanguage(language: Language): void;
  theme: Theme;
  setTheme(theme: Theme): void;
  /** null on the sign-in page. */
  session: DemoSession | null;
  signOut(): void;
  /** The account was erased (DeleteAccount's `onErased`): sign out and say why. */
  accountErased(): void;
  /** The hash route's parts: `#/admin/u1` is `['admin', 'u1']`. */
  route: string[];
}

export const DemoContext = createContext<DemoContextValue | null>(null);

export function useDemo(): DemoContextValue {
  const value = useContext(DemoContext);
  if (!value) throw new Error('useDemo outside the demo app');
  return value;
}

const parseHash = (hash: string) => hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);

/** Hash routing: `#/profile`, `#/admin/:id`, `#/outbox`. */
export function useHashRoute(): string[] {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}

/** A value kept in localStorage (the language and theme the visitor chose). */
export function useRemembered<T extends string>(key: string, initial: () => T, allowed: readonly T[]): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.localStorage.getItem(key) as T | null;
      if (stored && allowed.includes(stored)) return stored;
    } catch {
      // storage blocked: use the default
    }
    return initial();
  });
  const remember = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // storage blocked: the choice lasts for this visit
      }
    },
    [key],
  );
  return [value, remember];
}

export const languages = Object.keys(demoStrings) as Language[];

export function initialLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function initialTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
