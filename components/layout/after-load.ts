/**
 * Runs `task` once the page has loaded and the browser is idle: work that can wait (installing
 * the offline cache, reading saved progress) must not compete with the first paint and the
 * page's own scripts. Returns a cancel function.
 */
export function afterLoadIdle(task: () => void, timeout = 3000): () => void {
  let cancelled = false;
  let idle: number | null = null;
  const run = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(() => !cancelled && task(), { timeout });
    else idle = window.setTimeout(() => !cancelled && task(), 200);
  };
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', run);
    if (idle !== null) {
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      window.clearTimeout(idle);
    }
  };
}
