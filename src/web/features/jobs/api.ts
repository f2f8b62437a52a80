import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { jobSchema } from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { useMe } from '../me/me-context';

const jobsKey = (organizationId: string) => ['jobs', organizationId] as const;

/** Refreshed while the page is open: jobs move on their own. */
export function jobsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: jobsKey(organizationId),
    queryFn: () => api('/jobs', { schema: z.array(jobSchema) }),
    refetchInterval: 10_000,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (id: string) => api(`/jobs/${id}/retry`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobsKey(organization.id) }),
  });
}
