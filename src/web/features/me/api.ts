import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  meRoutes,
  type Me,
  type UpdateMeRequest,
  type switchOrganizationRequestSchema,
} from '../../../contract/index.js';
import { call } from '../../lib/client';
import { ApiError, isUnauthorized } from '../../lib/api-error';

export const meQueryKey = ['me'] as const;

/** `null` means "nobody is logged in": an expected state, not an error. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await call(meRoutes.get);
  } catch (error) {
    if (isUnauthorized(error)) return null;
    // Signed in, but without a current company (an accountant without clients yet): no `Me`.
    if (error instanceof ApiError && error.code === 'noOrganization') return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeRequest) => call(meRoutes.update, { body }),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

type SwitchOrganizationRequest = z.input<typeof switchOrganizationRequestSchema>;

export function useSwitchOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SwitchOrganizationRequest) => call(meRoutes.switchOrganization, { body }),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      // Everything else cached belongs to the previous organization.
      await queryClient.invalidateQueries();
    },
  });
}
