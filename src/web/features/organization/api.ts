import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  meRoutes,
  organizationRoutes,
  type CreateOrganizationRequest,
  type Organization,
  type UpdateOrganizationRequest,
} from '../../../contract/index.js';
import { call } from '../../lib/client';
import { meQueryKey } from '../me/api';

/** Keyed by id: after switching organization, nothing from the previous one can show. */
export function organizationQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['organization', organizationId],
    queryFn: () => call(organizationRoutes.get),
  });
}

function useStoreOrganization() {
  const queryClient = useQueryClient();
  return (organization: Organization) => {
    queryClient.setQueryData(organizationQueryOptions(organization.id).queryKey, organization);
    // Its bank accounts are the company's accounts printed on documents (payments lists them all).
    void queryClient.invalidateQueries({ queryKey: ['paymentAccounts', organization.id] });
  };
}

export function useUpdateOrganization() {
  const store = useStoreOrganization();
  return useMutation({
    mutationFn: (body: UpdateOrganizationRequest) => call(organizationRoutes.update, { body }),
    onSuccess: store,
  });
}

export function useUploadLogo() {
  const store = useStoreOrganization();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return call(organizationRoutes.uploadLogo, { body });
    },
    onSuccess: store,
  });
}

export function useDeleteLogo() {
  const store = useStoreOrganization();
  return useMutation({
    mutationFn: () => call(organizationRoutes.removeLogo),
    onSuccess: store,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganizationRequest) => call(meRoutes.createOrganization, { body }),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      await queryClient.invalidateQueries();
    },
  });
}
