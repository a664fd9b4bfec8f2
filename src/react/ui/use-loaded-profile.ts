import type { FieldAccessMap, Profile, ProfileError, ViewerConfig } from '../../core/browser';
import { useFieldAccess } from '../hooks/use-field-access';
import { useProfile } from '../hooks/use-profile';

/** A profile with the viewer's config and access on it: what every component renders from. */
export interface LoadedProfile {
  profile: Profile;
  config: ViewerConfig;
  access: FieldAccessMap;
  isSelf: boolean;
}

/** Where loading the profile (own, or `userId`'s) and the viewer's config stands. */
export type ProfileLoad =
  | { status: 'loading' }
  | { status: 'error'; error: ProfileError; retry: () => void }
  | { status: 'ready'; loaded: LoadedProfile };

/**
 * Loads the profile and the viewer's config (both shared query caches, so several components
 * on a page fetch once). Once both are there it stays `ready` through background refetches, even
 * failed ones: a component never drops its form for an error state mid-edit.
 */
export function useLoadedProfile(userId?: string): ProfileLoad {
  const profile = useProfile(userId);
  const fieldAccess = useFieldAccess(userId);
  const { config, access, isSelf } = fieldAccess;
  if (profile.data && config && access) return { status: 'ready', loaded: { profile: profile.data, config, access, isSelf } };
  const error = (!profile.data ? profile.error : null) ?? (!config ? fieldAccess.error : null);
  if (!error) return { status: 'loading' };
  return {
    status: 'error',
    error,
    retry: () => {
      if (profile.error) void profile.refetch();
      if (fieldAccess.error) void fieldAccess.refetch();
    },
  };
}
