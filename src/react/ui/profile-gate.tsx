import type { ReactNode } from 'react';
import type { FieldAccessMap, Profile, ViewerConfig } from '../../core/browser';
import { useFieldAccess } from '../hooks/use-field-access';
import { useProfile } from '../hooks/use-profile';
import { ErrorState } from './error-state';
import { Skeleton } from './skeleton';

export interface LoadedProfile {
  profile: Profile;
  config: ViewerConfig;
  access: FieldAccessMap;
  isSelf: boolean;
}

/**
 * Loads the profile (own, or `userId`'s) and the viewer's config; shows a skeleton of `rows`
 * rows meanwhile and an error with retry on failure; renders `children` once both are there.
 */
export function ProfileGate({ userId, rows, className, children }: { userId?: string; rows?: number; className?: string; children: (loaded: LoadedProfile) => ReactNode }) {
  const profile = useProfile(userId);
  const access = useFieldAccess(userId);
  const error = profile.error ?? access.error;
  if (error) {
    return (
      <ErrorState
        className={className}
        error={error}
        onRetry={() => {
          if (profile.error) void profile.refetch();
          if (access.error) void access.refetch();
        }}
      />
    );
  }
  if (!profile.data || !access.config || !access.access) return <Skeleton rows={rows} className={className} />;
  return <>{children({ profile: profile.data, config: access.config, access: access.access, isSelf: access.isSelf })}</>;
}
