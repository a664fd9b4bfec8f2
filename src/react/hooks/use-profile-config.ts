import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ProfileError, ViewerConfig } from '../../core/browser';
import { localizeConfig } from '../i18n/localize-config';
import { useMessages } from '../i18n/use-messages';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/**
 * The field config resolved for the viewer: what to render and what is read-only. Built-in
 * fields the app did not relabel carry their label in the provider's language.
 */
export function useProfileConfig() {
  const adapter = useProfileAdapter();
  const messages = useMessages();
  const select = useCallback((config: ViewerConfig) => localizeConfig(config, messages), [messages]);
  return useQuery<ViewerConfig, ProfileError, ViewerConfig>({
    queryKey: profileKeys.config(),
    queryFn: () => adapter.getConfig(),
    staleTime: Infinity,
    select,
  });
}
