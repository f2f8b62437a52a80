import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  documentLinkSchema,
  documentLinkStatusSchema,
  type CreateLinkRequest,
  type DocumentType,
} from '../../../../contract/index.js';
import { api, apiWithStatus } from '../../../lib/api-client';
import { useMe } from '../../me/me-context';
import { DOCUMENT_API_PATHS } from '../document-types';

const linkPath = (type: DocumentType, id: string) => `/${DOCUMENT_API_PATHS[type]}/${id}/link`;

export function linkStatusQueryOptions(organizationId: string, type: DocumentType, id: string) {
  return queryOptions({
    queryKey: ['documentLink', organizationId, id],
    queryFn: () => api(linkPath(type, id), { schema: documentLinkStatusSchema }),
  });
}

/** Creates, returns or regenerates the link: the only answer that carries its URL. */
export function useShareLink(type: DocumentType, id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: CreateLinkRequest) =>
      apiWithStatus(linkPath(type, id), { method: 'POST', body, schema: documentLinkSchema }),
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
    mutationFn: () => api(linkPath(type, id), { method: 'DELETE' }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: linkStatusQueryOptions(organization.id, type, id).queryKey,
      }),
  });
}
