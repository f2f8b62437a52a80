import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { productGroupSchema, type ProductGroupInput } from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { useMe } from '../me/me-context';

const groupListSchema = z.array(productGroupSchema);

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export function productGroupsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['productGroups', organizationId],
    queryFn: () => api('/product-groups', { schema: groupListSchema }),
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
        ? api(`/product-groups/${groupId}`, { method: 'PUT', body, schema: productGroupSchema })
        : api('/product-groups', { method: 'POST', body, schema: productGroupSchema }),
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
    mutationFn: (groupId: string) => api(`/product-groups/${groupId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}
