import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  accountResponseSchema,
  auditLogPageSchema,
  createTeamUserResponseSchema,
  gdprOverviewSchema,
  gdprSettingsSchema,
  invitationInfoSchema,
  invitationLinkSchema,
  meResponseSchema,
  supportOrganizationSchema,
  teamMemberListSchema,
  teamMemberSchema,
  type AcceptInvitationRequest,
  type Account,
  type AuditLogQuery,
  type CreateTeamUserRequest,
  type SignupAccountantRequest,
  type UpdateTeamUserRequest,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { ApiError, isUnauthorized } from '../../lib/api-error';
import { meQueryKey } from '../me/api';
import { useMe } from '../me/me-context';

// --- The signed-in account (with or without a current company) ---

export const accountQueryKey = ['account'] as const;

/** `null`: nobody is logged in. */
export async function fetchAccount(): Promise<Account | null> {
  try {
    return await api('/me/account', { schema: accountResponseSchema });
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
    mutationFn: (body: SignupAccountantRequest) =>
      api('/auth/signup-accountant', { method: 'POST', body, schema: accountResponseSchema }),
    onSuccess: (account) => {
      queryClient.setQueryData(accountQueryKey, account);
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

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

// --- Invitations ---

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitation', token],
    queryFn: () =>
      api(`/invitations/${encodeURIComponent(token)}`, { schema: invitationInfoSchema }),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) =>
      api(`/invitations/${encodeURIComponent(token)}/accept`, {
        method: 'POST',
        body,
        schema: meResponseSchema,
      }),
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
    queryFn: () => api('/team/users', { schema: teamMemberListSchema }),
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
    mutationFn: (body: CreateTeamUserRequest) =>
      api('/team/users', { method: 'POST', body, schema: createTeamUserResponseSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateTeamUser(userId: string) {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (body: UpdateTeamUserRequest) =>
      api(`/team/users/${userId}`, { method: 'PATCH', body, schema: teamMemberSchema }),
    onSuccess: invalidate,
  });
}

export function useRemoveTeamUser() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (userId: string) => api(`/team/users/${userId}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useRenewInvitation() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (userId: string) =>
      api(`/team/users/${userId}/invitation`, { method: 'POST', schema: invitationLinkSchema }),
    onSuccess: invalidate,
  });
}

export function useAddAccountant() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (email: string) =>
      api('/team/accountants', { method: 'POST', body: { email }, schema: teamMemberSchema }),
    onSuccess: invalidate,
  });
}

// --- GDPR tab ---

export function gdprQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['gdpr', organizationId],
    queryFn: () => api('/settings/gdpr', { schema: gdprOverviewSchema }),
  });
}

export function useSetSupportAccess() {
  const invalidate = useTeamInvalidation();
  return useMutation({
    mutationFn: (supportAccess: boolean) =>
      api('/settings/gdpr', {
        method: 'PUT',
        body: { supportAccess },
        schema: gdprSettingsSchema,
      }),
    onSuccess: invalidate,
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

// --- Audit log ---

export function auditLogQueryOptions(organizationId: string, query: AuditLogQuery) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return queryOptions({
    queryKey: ['audit-log', organizationId, query],
    queryFn: () => api(`/audit-log?${params.toString()}`, { schema: auditLogPageSchema }),
    placeholderData: (previous) => previous,
  });
}

// --- Support staff ---

export function supportOrganizationsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['support-organizations', q],
    queryFn: () =>
      api(`/support/organizations?q=${encodeURIComponent(q)}`, {
        schema: z.array(supportOrganizationSchema),
      }),
  });
}

export function useStartSupportSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      api('/support/sessions', {
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

export function useEndSupportSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('/support/sessions', { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== accountQueryKey[0],
      });
      queryClient.setQueryData(meQueryKey, null);
      void queryClient.invalidateQueries({ queryKey: accountQueryKey });
    },
  });
}
