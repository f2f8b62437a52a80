import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthorized } from '../lib/api-error';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** A 401 here is an answer (wrong password), not a lost session. */
      expectsUnauthorized?: boolean;
    };
  }
}

/**
 * One place reacts to a lost session (expired, revoked, logged out in another tab), whichever
 * query or mutation notices it first.
 */
export function createQueryClient(
  onUnauthorized: () => void,
  /** The organization requires two-factor login and this user has not set it up yet. */
  onTwoFactorSetupRequired: () => void = () => undefined,
): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
        else if (isTwoFactorSetupRequired(error)) onTwoFactorSetupRequired();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isUnauthorized(error) && !mutation.meta?.expectsUnauthorized) onUnauthorized();
        else if (isTwoFactorSetupRequired(error)) onTwoFactorSetupRequired();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a 4xx only delays the message the user needs to see.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

function isTwoFactorSetupRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'twoFactorSetupRequired';
}

function isClientError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number' &&
    error.status >= 400 &&
    error.status < 500
  );
}
