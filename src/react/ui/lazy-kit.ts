import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Profile, ProfileAdapter } from '../../core/browser';
import { profileKeys } from '../hooks/query-keys';
import { useProfileAdapter } from '../hooks/use-profile-adapter';
import { useAfterWrite } from '../hooks/use-save-profile';
import { mergeMessages, type SharedMessages } from '../i18n/messages';
import { useFormatters } from '../i18n/use-formatters';
import { useMessages } from '../i18n/use-messages';
import { Dialog, preloadDialogOnIntent } from './dialog';

/**
 * What a lazy part (`lazyPart`) gets from the component that shows it, instead of importing it.
 * A bundler puts a module that both a first load and a lazy chunk import into a chunk of its own
 * (esbuild does), which splits every first load in two and costs each of them compression; so a
 * lazy part imports only modules no first load holds (its own code, its words, React) and takes
 * the rest from here: the adapter, the query cache, the formatters, the messages, the dialog.
 */
export interface LazyKit {
  adapter: ProfileAdapter;
  queryClient: QueryClient;
  keys: typeof profileKeys;
  /** After a step that answers with the profile: the cache gets it, its history and the user list refresh (`useAfterWrite`). */
  afterWrite: (profile: Profile, userId?: string) => void;
  fmt: ReturnType<typeof useFormatters>;
  /** The provider's messages: the component namespaces hold what the app gave; `mergeMessages` fills in their English. */
  messages: SharedMessages;
  mergeMessages: typeof mergeMessages;
  /** profilekit's dialog (itself a lazy chunk), and the props that fetch it on a trigger's hover or focus. */
  Dialog: typeof Dialog;
  preloadDialog: typeof preloadDialogOnIntent;
}

/** The kit for the lazy parts of the component that calls it (one object while its pieces stay the same). */
export function useLazyKit(): LazyKit {
  const adapter = useProfileAdapter();
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  const fmt = useFormatters();
  const messages = useMessages();
  return useMemo(
    () => ({ adapter, queryClient, keys: profileKeys, afterWrite, fmt, messages, mergeMessages, Dialog, preloadDialog: preloadDialogOnIntent }),
    [adapter, queryClient, afterWrite, fmt, messages],
  );
}
