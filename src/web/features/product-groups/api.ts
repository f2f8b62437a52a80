import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { productRoutes, type ProductGroupInput } from '../../../contract/index.js';
import { call } from '../../lib/client';
import { useMe } from '../me/me-context';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export function productGroupsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['productGroups', organizationId],
    queryFn: () => call(productRoutes.listGroups),
  });
}

/** Group names appear in product lists too, so both are refreshed after a change. */
function useRefreshGroups() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['productGroups', organization.id] });
    void queryClient.invalidateQueries({ queryKey: ['products', organization.id] });
  };
}

export function useSaveProductGroup(groupId: string | null) {
  const refresh = useRefreshGroups();
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: ProductGroupInput) =>
      groupId
        ? call(productRoutes.updateGroup, { params: { id: groupId }, body })
        : call(productRoutes.createGroup, { body }),
    onSuccess: (saved) => {
      // In the cache at once, so a select can show the new group before the refetch.
      queryClient.setQueryData(productGroupsQueryOptions(organization.id).queryKey, (groups) =>
        groups ? [...groups.filter((group) => group.id !== saved.id), saved] : [saved],
      );
      refresh();
    },
  });
}

export function useDeleteProductGroup() {
  const refresh = useRefreshGroups();
  return useMutation({
    mutationFn: (groupId: string) => call(productRoutes.removeGroup, { params: { id: groupId } }),
    onSuccess: refresh,
  });
}
