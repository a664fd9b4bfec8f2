import { useQuery } from '@tanstack/react-query';
import type { ProfileError, ViewerConfig } from '../../core';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/** The field config resolved for the viewer: what to render and what is read-only. */
export function useProfileConfig() {
  const adapter = useProfileAdapter();
  return useQuery<ViewerConfig, ProfileError>({
    queryKey: profileKeys.config(),
    queryFn: () => adapter.getConfig(),
    staleTime: Infinity,
  });
}
