import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { queryClient, router } from './router';
import { cssVariablesResolver, theme } from './theme';

// The toasts' frame (transitions, portal) loads beside the first page instead of before it:
// a toast raised meanwhile waits in the notifications store and shows once it is there.
const Toasts = lazy(() => import('./Toasts').then((module) => ({ default: module.Toasts })));

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Suspense fallback={null}>
        <Toasts />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
