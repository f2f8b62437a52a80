import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  layoutRoutes,
  type LayoutInput,
  type LayoutPreviewQuery,
} from '../../../contract/index.js';
import { call, routeUrl } from '../../lib/client';
import { useMe } from '../me/me-context';

export function layoutQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['layout', organizationId],
    queryFn: () => call(layoutRoutes.get),
  });
}

export function useSaveLayout() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (body: LayoutInput) => call(layoutRoutes.update, { body }),
    onSuccess: (layout) =>
      queryClient.setQueryData(layoutQueryOptions(organization.id).queryKey, layout),
  });
}

/** The sample document drawn with unsaved settings, as a URL a frame can show. */
export function layoutPreviewUrl(query: LayoutPreviewQuery): string {
  return routeUrl(layoutRoutes.preview, { query });
}
