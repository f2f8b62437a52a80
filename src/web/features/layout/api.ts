import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  layoutSchema,
  type LayoutInput,
  type LayoutPreviewQuery,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { toQueryString } from '../../lib/search-params';
import { useMe } from '../me/me-context';

export function layoutQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['layout', organizationId],
    queryFn: () => api('/layout', { schema: layoutSchema }),
  });
}

export function useSaveLayout() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: LayoutInput) =>
      api('/layout', { method: 'PUT', body, schema: layoutSchema }),
    onSuccess: (layout) =>
      queryClient.setQueryData(layoutQueryOptions(organization.id).queryKey, layout),
  });
}

/** The sample document drawn with unsaved settings, as a URL a frame can show. */
export function layoutPreviewUrl(query: LayoutPreviewQuery): string {
  return `/api/v1/layout/preview.pdf?${toQueryString(query)}`;
}
