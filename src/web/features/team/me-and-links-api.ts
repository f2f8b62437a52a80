import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { meResponseSchema } from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { meQueryKey } from '../me/api';
import { useMe } from '../me/me-context';

// Calls to routes of the me and links modules that the team screens use (account home, GDPR
// tab). They move to `call(meRoutes…)` and `call(linkRoutes…)` once those modules' route tables
// exist in src/contract/routes; until then this file is listed in eslint-legacy.json.

/** Opens one of the account's companies (from the account home). */
export function useOpenOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      api('/me/organization', {
        method: 'POST',
        body: { organizationId },
        schema: meResponseSchema,
      }),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== meQueryKey[0],
      });
    },
  });
}

/** `GET/PUT /settings/links` (the secure links module): ask for the recipient's email. */
const linkSettingsSchema = z.object({ requireEmail: z.boolean() });

export function linkSettingsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['link-settings', organizationId],
    queryFn: () => api('/settings/links', { schema: linkSettingsSchema }),
  });
}

export function useSetLinkSettings() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: (requireEmail: boolean) =>
      api('/settings/links', {
        method: 'PUT',
        body: { requireEmail },
        schema: linkSettingsSchema,
      }),
    onSuccess: (settings) =>
      queryClient.setQueryData(linkSettingsQueryOptions(organization.id).queryKey, settings),
  });
}
