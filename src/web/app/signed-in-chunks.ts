import type { AnyRouter } from '@tanstack/react-router';

/** The code a person needs right after logging in: the signed-in frame and the dashboard. */
export const loadAppLayout = () => import('./layout/AppLayout');
export const loadDashboard = () => import('../routes/dashboard');

/** Runs `run` once the browser is idle; returns the cancel. */
function whenIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 1000);
  return () => clearTimeout(handle);
}

/**
 * Fetches that code while the visitor types their password, so logging in does not wait for
 * it. It starts once the page's own code is in (the router has resolved, the login page's
 * chunks included) and the browser is idle: started earlier, in an idle moment while the login
 * page's chunks are still downloading, it would share a phone's slow line with them. Failures
 * are left to the real load.
 */
export function prefetchSignedInChunks(router: Pick<AnyRouter, 'state' | 'subscribe'>) {
  const run = () => {
    loadAppLayout().catch(() => undefined);
    loadDashboard().catch(() => undefined);
  };
  let cancel = () => {};
  const settled = router.state.status === 'idle' && !router.state.isLoading;
  if (settled) cancel = whenIdle(run);
  else {
    const unsubscribe = router.subscribe('onResolved', () => {
      unsubscribe();
      cancel = whenIdle(run);
    });
    cancel = unsubscribe;
  }
  return () => cancel();
}
