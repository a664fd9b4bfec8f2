import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import type { ProfileAdapter } from '../../core/browser';
import { enShared } from '../i18n/locales/en/shared';
import { mergeMessages, type ProfileKitMessages, type ProfileKitMessagesInput, type SharedMessages } from '../i18n/messages';
import { ProfileKitContext, ProfileKitI18nContext } from './profile-kit-context';

export interface ProfileKitProviderProps {
  /** The backend: `createHttpAdapter`, `createMemoryAdapter`, or your own `ProfileAdapter`. */
  adapter: ProfileAdapter;
  /**
   * The TanStack Query client to keep profile state in. Default: a private one, so profilekit
   * works in apps that do not use TanStack Query; pass yours to share devtools and cache.
   */
  queryClient?: QueryClient;
  /**
   * Every string the components show. Default: English (`en`). Pass `fr`, or any subset of the
   * keys: missing ones fall back to English, so an app can reword one label.
   */
  messages?: ProfileKitMessagesInput | ProfileKitMessages;
  /** BCP 47 tag for dates and numbers (Intl). Default: `messages.locale`, else `en`. */
  locale?: string;
  children?: ReactNode;
}

/** Makes the adapter, a query client and the messages available to every profilekit hook and component below. */
export function ProfileKitProvider({ adapter, queryClient, messages, locale, children }: ProfileKitProviderProps) {
  const [ownClient] = useState(
    () =>
      queryClient ??
      new QueryClient({
        // Profile data must be fresh after every write; errors are ProfileErrors the UI shows, not retried.
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
      }),
  );
  const i18n = useMemo(() => {
    const merged = mergeMessages<SharedMessages>(enShared, messages);
    return { messages: merged, locale: locale ?? merged.locale };
  }, [messages, locale]);
  return (
    <QueryClientProvider client={queryClient ?? ownClient}>
      <ProfileKitContext.Provider value={adapter}>
        <ProfileKitI18nContext.Provider value={i18n}>{children}</ProfileKitI18nContext.Provider>
      </ProfileKitContext.Provider>
    </QueryClientProvider>
  );
}
