import { Outlet } from '@tanstack/react-router';
import { SkipLink } from '../components/ui/SkipLink';
import { useFocusOnNavigate } from './focus-on-navigate';

/** Around every page: the skip link as first Tab stop, and focus moved when the page changes. */
export function RootFrame() {
  useFocusOnNavigate();
  return (
    <>
      <SkipLink />
      <Outlet />
    </>
  );
}
