import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { appRoutes, type AppList, type OptionalApp } from '../../../contract/index.js';
import { call } from '../../lib/client';
import { useMe } from '../me/me-context';

const appsKey = (organizationId: string) => ['apps', organizationId] as const;

export function appsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: appsKey(organizationId),
    queryFn: () => call(appRoutes.list),
  });
}

/**
 * Switches an app on or off. `/me` carries the switched-off apps the menus follow, so it is
 * fetched again, as is everything else (lists and panels of the app appear or disappear).
 */
export function useSetAppEnabled() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: ({ app, enabled }: { app: OptionalApp; enabled: boolean }) =>
      call(appRoutes.setEnabled, { params: { app }, body: { enabled } }),
    onSuccess: (list: AppList) => {
      queryClient.setQueryData(appsKey(organization.id), list);
      void queryClient.invalidateQueries();
    },
  });
}
