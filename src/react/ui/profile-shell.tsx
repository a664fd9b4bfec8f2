import type { ReactNode } from 'react';
import type { ProfileError } from '../../core/browser';
import { ComponentRoot, type ComponentRootProps } from './component-root';
import { ErrorState } from './error-state';
import { Skeleton } from './skeleton';
import { useLoadedProfile, type LoadedProfile, type ProfileLoad } from './use-loaded-profile';

/** The root's attributes without its state: the loaded view renders the root with its controller's state. */
export type ShellRoot = Omit<ComponentRootProps, 'state' | 'children'>;

export interface ProfileShellProps {
  /** Whose profile: absent for the viewer's own. */
  userId?: string;
  /** The root element's attributes, shared by every state. */
  root: ShellRoot;
  /** Skeleton rows while loading. */
  rows?: number;
  /** Shown in the root in every state, before the content (a section heading). */
  header?: ReactNode;
  /** Whether a failed load offers a retry. Default: always (a forbidden or unknown user may say no). */
  canRetry?: (error: ProfileError) => boolean;
  /**
   * The loaded view. It renders `<ComponentRoot {...root} state={controller.state}>` itself, so
   * the state that the controller owns reaches the root without travelling up.
   */
  children: (loaded: LoadedProfile, root: ShellRoot) => ReactNode;
}

/**
 * The shell every component root shares: while the profile and config load, the root with
 * `data-state="loading"` and a skeleton; when loading failed, `error` with the reason and a
 * retry; once loaded, the component's view.
 */
export function ProfileShell({ userId, root, rows, header, canRetry, children }: ProfileShellProps) {
  const load = useLoadedProfile(userId);
  if (load.status === 'ready') return <>{children(load.loaded, root)}</>;
  return (
    <ComponentRoot {...root} state={load.status}>
      {header}
      <ShellFallback load={load} rows={rows} canRetry={canRetry} />
    </ComponentRoot>
  );
}

/**
 * What a shell shows until the profile is there: a skeleton of `rows` rows, or the reason it
 * could not load with a retry. For a root that must stay in place from loading to ready (its
 * controller is there from the start and renders the root itself).
 */
export function ShellFallback({ load, rows, canRetry }: { load: Exclude<ProfileLoad, { status: 'ready' }> } & Pick<ProfileShellProps, 'rows' | 'canRetry'>) {
  return load.status === 'error' ? <ErrorState error={load.error} onRetry={canRetry && !canRetry(load.error) ? undefined : load.retry} /> : <Skeleton rows={rows} />;
}
