import { MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { queryClient, router } from './router';
import { cssVariablesResolver, theme } from './theme';

const Toasts = lazy(() => import('./Toasts').then((module) => ({ default: module.Toasts })));

/**
 * The toasts' frame (transitions, portal) loads with the first toast, not with the first page:
 * the toast waits in the notifications store meanwhile, and shows once the frame is there.
 */
function ToastsWhenNeeded() {
  const raised = useNotifications().notifications.length > 0;
  // Once loaded, the frame stays (it animates the last toast out).
  const [needed, setNeeded] = useState(false);
  if (raised && !needed) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <Toasts />
    </Suspense>
  ) : null;
}

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <ToastsWhenNeeded />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
