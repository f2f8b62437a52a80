import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { jobRoutes } from '../../../contract/index.js';
import { call } from '../../lib/client';
import { useMe } from '../me/me-context';

const jobsKey = (organizationId: string) => ['jobs', organizationId] as const;

/** Refreshed while the page is open: jobs move on their own. */
export function jobsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: jobsKey(organizationId),
    queryFn: () => call(jobRoutes.list),
    refetchInterval: 10_000,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (id: string) => call(jobRoutes.retry, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobsKey(organization.id) }),
  });
}
