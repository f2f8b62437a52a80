import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  meResponseSchema,
  type Me,
  type UpdateMeRequest,
  type switchOrganizationRequestSchema,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { ApiError, isUnauthorized } from '../../lib/api-error';

export const meQueryKey = ['me'] as const;

/** `null` means "nobody is logged in": an expected state, not an error. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api('/me', { schema: meResponseSchema });
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
    mutationFn: (body: UpdateMeRequest) =>
      api('/me', { method: 'PATCH', body, schema: meResponseSchema }),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

type SwitchOrganizationRequest = z.input<typeof switchOrganizationRequestSchema>;

export function useSwitchOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SwitchOrganizationRequest) =>
      api('/me/organization', { method: 'POST', body, schema: meResponseSchema }),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      // Everything else cached belongs to the previous organization.
      await queryClient.invalidateQueries();
    },
  });
}
