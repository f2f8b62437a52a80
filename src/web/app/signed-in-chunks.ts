/** The code a person needs right after logging in: the signed-in frame and the dashboard. */
export const loadAppLayout = () => import('./layout/AppLayout');
export const loadDashboard = () => import('../routes/dashboard');

/**
 * Fetches that code once the visitor's page has painted and the browser is idle, while they
 * type their password, so logging in does not wait for it. Failures are left to the real load.
 */
export function prefetchSignedInChunks(): () => void {
  const run = () => {
    loadAppLayout().catch(() => undefined);
    loadDashboard().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 1000);
  return () => clearTimeout(handle);
}
