import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  documentLinkRoutes,
  type CreateLinkRequest,
  type DocumentType,
} from '../../../../contract/index.js';
import { call, callWithStatus } from '../../../lib/client';
import { useMe } from '../../me/me-context';

export function linkStatusQueryOptions(organizationId: string, type: DocumentType, id: string) {
  return queryOptions({
    queryKey: ['documentLink', organizationId, id],
    queryFn: () => call(documentLinkRoutes[type].status, { params: { id } }),
  });
}

/** Creates, returns or regenerates the link: the only answer that carries its URL. */
export function useShareLink(type: DocumentType, id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: CreateLinkRequest) =>
      callWithStatus(documentLinkRoutes[type].create, { params: { id }, body }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: linkStatusQueryOptions(organization.id, type, id).queryKey,
      }),
  });
}

export function useRevokeLink(type: DocumentType, id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => call(documentLinkRoutes[type].revoke, { params: { id } }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: linkStatusQueryOptions(organization.id, type, id).queryKey,
      }),
  });
}
