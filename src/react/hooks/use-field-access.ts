import type { FieldAccessMap, ViewerConfig } from '../../core/browser';
import { useProfileConfig } from './use-profile-config';

export interface FieldAccessResult {
  config: ViewerConfig | undefined;
  /** Access per field on the profile being shown: `self` for the viewer's own, `other` for an admin on someone else's. */
  access: FieldAccessMap | undefined;
  /** Whether the profile shown is the viewer's own. */
  isSelf: boolean;
}

/** What the viewer may see and change on their own profile, or (with `userId`) on another user's. */
export function useFieldAccess(userId?: string): FieldAccessResult & ReturnType<typeof useProfileConfig> {
  const query = useProfileConfig();
  const config = query.data;
  const isSelf = userId === undefined || userId === config?.viewer.userId;
  const access = config ? (isSelf ? config.access.self : (config.access.other ?? {})) : undefined;
  return Object.assign(query, { config, access, isSelf });
}
