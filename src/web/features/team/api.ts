import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  teamRoutes,
  type AcceptInvitationRequest,
  type Account,
  type AuditLogQuery,
  type CreateTeamUserRequest,
  type SignupAccountantRequest,
  type UpdateTeamUserRequest,
} from '../../../contract/index.js';
import { ApiError, isUnauthorized } from '../../lib/api-error';
import { call } from '../../lib/client';
import { meQueryKey } from '../me/api';
import { useMe } from '../me/me-context';

// --- The signed-in account (with or without a current company) ---

export const accountQueryKey = ['account'] as const;

/** `null`: nobody is logged in. */
export async function fetchAccount(): Promise<Account | null> {
  try {
    return await call(teamRoutes.account);
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export const accountQueryOptions = queryOptions({
  queryKey: accountQueryKey,
  queryFn: fetchAccount,
  staleTime: 60_000,
});

export function useSignupAccountant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignupAccountantRequest) => call(teamRoutes.signupAccountant, { body }),
    onSuccess: (account) => {
      queryClient.setQueryData(accountQueryKey, account);
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

// --- Invitations ---

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitation', token],
    queryFn: () => call(teamRoutes.invitation, { params: { token } }),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) =>
      call(teamRoutes.acceptInvitation, { params: { token }, body }),
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      void queryClient.invalidateQueries({ queryKey: accountQueryKey });
    },
  });
}

// --- Users of the company ---

export function teamQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['team', organizationId],
    queryFn: () => call(teamRoutes.list),
  });
}

/** Every change to the team may show on the GDPR tab and in the audit log too. */
function useTeamInvalidation() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['team', organization.id] }),
      queryClient.invalidateQueries({ queryKey: ['gdpr', organization.id] }),
      queryClient.invalidateQueries({ queryKey: ['audit-log', organization.id] }),
    ]);
}

export function useCreateTeamUser() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (body: CreateTeamUserRequest) => call(teamRoutes.create, { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateTeamUser(userId: string) {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (body: UpdateTeamUserRequest) =>
      call(teamRoutes.update, { params: { userId }, body }),
    onSuccess: invalidate,
  });
}

export function useRemoveTeamUser() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (userId: string) => call(teamRoutes.remove, { params: { userId } }),
    onSuccess: invalidate,
  });
}

export function useRenewInvitation() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (userId: string) => call(teamRoutes.renewInvitation, { params: { userId } }),
    onSuccess: invalidate,
  });
}

export function useAddAccountant() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (email: string) => call(teamRoutes.addAccountant, { body: { email } }),
    onSuccess: invalidate,
  });
}

// --- GDPR tab ---

export function gdprQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['gdpr', organizationId],
    queryFn: () => call(teamRoutes.gdpr),
  });
}

export function useSetSupportAccess() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (supportAccess: boolean) => call(teamRoutes.setGdpr, { body: { supportAccess } }),
    onSuccess: invalidate,
  });
}

// --- Audit log ---

export function auditLogQueryOptions(organizationId: string, query: AuditLogQuery) {
  return queryOptions({
    queryKey: ['audit-log', organizationId, query],
    // Empty filters are left out of the query string.
    queryFn: () => call(teamRoutes.auditLog, { query }),
    placeholderData: (previous) => previous,
  });
}

// --- Support staff ---

export function supportOrganizationsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['support-organizations', q],
    queryFn: () => call(teamRoutes.supportOrganizations, { query: { q } }),
  });
}

export function useStartSupportSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      call(teamRoutes.startSupportSession, { body: { organizationId } }),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== meQueryKey[0],
      });
    },
  });
}

export function useEndSupportSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(teamRoutes.endSupportSession),
    onSuccess: () => {
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== accountQueryKey[0],
      });
      queryClient.setQueryData(meQueryKey, null);
      void queryClient.invalidateQueries({ queryKey: accountQueryKey });
    },
  });
}
