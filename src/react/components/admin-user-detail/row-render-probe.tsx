import { createContext, Profiler, useContext, type ProfilerOnRenderCallback, type ReactNode } from 'react';

/**
 * Internal, for render-cost tests (not exported from the package): when a callback is
 * provided, every row of `AdminUserDetail` renders inside a React `<Profiler id={row}>`, so a
 * test can tell which rows one save re-rendered. Without a provider nothing extra renders.
 */
export const RowRenderProbe = createContext<ProfilerOnRenderCallback | null>(null);

/** Wraps one row's output in a Profiler when a test asks for it. */
export function ProbedRow({ id, children }: { id: string; children: ReactNode }) {
  const onRender = useContext(RowRenderProbe);
  if (!onRender) return <>{children}</>;
  return (
    <Profiler id={id} onRender={onRender}>
      {children}
    </Profiler>
  );
}
