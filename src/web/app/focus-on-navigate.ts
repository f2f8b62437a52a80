import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { MAIN_CONTENT_ID } from '../components/ui/SkipLink';

/** How long to wait for a lazily loaded page to show its heading. */
const WAIT_MS = 3000;

/**
 * After a change of page (not of its search or hash), moves focus to the new page's main
 * heading, so screen readers announce it and Tab continues from the content instead of from the
 * link just followed. Falls back to the main region. The first page load keeps the browser's
 * focus (the skip link stays the first Tab stop).
 */
export function useFocusOnNavigate(): void {
  // The resolved location changes once the new page is loaded and shown.
  const pathname = useRouterState({
    select: (state) => state.resolvedLocation?.pathname ?? state.location.pathname,
  });
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const started = performance.now();
    let frame = 0;
    const attempt = () => {
      // A dialog the new page opened keeps the focus.
      if (document.activeElement?.closest('[role="dialog"]')) return;
      const main = document.getElementById(MAIN_CONTENT_ID);
      const heading = main?.querySelector<HTMLElement>('h1');
      const target = heading ?? (performance.now() - started > WAIT_MS ? main : null);
      if (!target) {
        frame = requestAnimationFrame(attempt);
        return;
      }
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
