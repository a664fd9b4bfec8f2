type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `task` once the page is idle (at the latest after 2 s; 200 ms where the browser has no
 * `requestIdleCallback`). Returns the cancel, for an effect's cleanup.
 */
export function whenIdle(task: () => void): () => void {
  const idle = globalThis as IdleWindow;
  if (idle.requestIdleCallback) {
    const handle = idle.requestIdleCallback(task, { timeout: 2000 });
    return () => idle.cancelIdleCallback?.(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
