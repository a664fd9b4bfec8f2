import { createElement, lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from './when-idle';

/** A rarely needed part of a component (a dialog) in its own chunk, and how to fetch it early. */
export interface LazyPart<P> {
  /**
   * Nothing until `when` first holds, then the part, in place from then on (so a dialog keeps
   * its closing behaviour). Mounting it fetches the chunk once the page is idle; when `when`
   * holds before the chunk is in, the part shows as soon as it arrives (Suspense).
   */
  Part: ComponentType<P & { when: boolean }>;
  /** Fetches the chunk now (once; after a failure, again): for a hover or focus that announces the part. */
  preload: () => void;
}

/**
 * The one way profilekit code-splits a part: `lazyPart(() => import('./x').then((m) => m.X))`.
 * The chunk is fetched when the page is idle after a component that may need it mounted, or on
 * `preload`, so that by the time someone needs it, it is there.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchPart = () =>
    (loading ??= load().then(
      (part) => ({ default: (loaded = part) }),
      (error: unknown) => {
        loading = undefined; // tried again by the next preload
        throw error;
      },
    ));
  const preload = () => void fetchPart().catch(() => undefined);
  const Lazy = lazy(fetchPart);
  function Part({ when, ...props }: P & { when: boolean }) {
    // Chosen once, when first needed: the component itself if its chunk is in, else the lazy one.
    const [shown, setShown] = useState<'loaded' | 'lazy' | null>(null);
    if (when && !shown) setShown(loaded ? 'loaded' : 'lazy');
    useEffect(() => (loaded ? undefined : whenIdle(preload)), []);
    if (!shown) return null;
    return shown === 'loaded' ? createElement(loaded!, props as P) : <Suspense fallback={null}>{createElement(Lazy, props as P)}</Suspense>;
  }
  return { Part, preload };
}
