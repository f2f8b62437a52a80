import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { linkSettingsRoutes, meRoutes } from '../../../contract/index.js';
import { call } from '../../lib/client';
import { meQueryKey } from '../me/api';
import { useMe } from '../me/me-context';

// Calls to routes of the me and links modules that the team screens use (account home, GDPR tab).

/** Opens one of the account's companies (from the account home). */
export function useOpenOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      call(meRoutes.switchOrganization, { body: { organizationId } }),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== meQueryKey[0],
      });
    },
  });
}

/** The secure links' settings: ask for the recipient's email. */
export function linkSettingsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['link-settings', organizationId],
    queryFn: () => call(linkSettingsRoutes.get),
  });
}

export function useSetLinkSettings() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (requireEmail: boolean) =>
      call(linkSettingsRoutes.update, { body: { requireEmail } }),
    onSuccess: (settings) =>
      queryClient.setQueryData(linkSettingsQueryOptions(organization.id).queryKey, settings),
  });
}
