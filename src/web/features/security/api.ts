import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  organizationSecuritySchema,
  recoveryCodesSchema,
  revokedSessionsSchema,
  sessionListSchema,
  smsOutboxSchema,
  twoFactorSetupSchema,
  twoFactorStatusSchema,
  type ChangePasswordRequest,
  type ConfirmPhoneRequest,
  type DisableTwoFactorRequest,
  type EnableTwoFactorRequest,
  type RegenerateRecoveryCodesRequest,
  type StartPhoneVerificationRequest,
  type UpdateOrganizationSecurityRequest,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { meQueryKey } from '../me/api';

/** Personal data is keyed by user: another person logging in on this device sees none of it. */
export function twoFactorQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['two-factor', userId],
    queryFn: () => api('/me/two-factor', { schema: twoFactorStatusSchema }),
  });
}

export function sessionsQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['sessions', userId],
    queryFn: () => api('/me/sessions', { schema: sessionListSchema }),
  });
}

export function organizationSecurityQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['organization-security', organizationId],
    queryFn: () => api('/organization/security', { schema: organizationSecuritySchema }),
  });
}

export function smsOutboxQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['sms-outbox', organizationId],
    queryFn: () => api('/organization/sms-outbox', { schema: smsOutboxSchema }),
  });
}

/** Two-factor and session changes show in the profile (`/me`), the status and the sessions list. */
function useRefreshSecurity() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: meQueryKey }),
      queryClient.invalidateQueries({ queryKey: ['two-factor'] }),
      queryClient.invalidateQueries({ queryKey: ['sessions'] }),
    ]);
}

export function useChangePassword() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => api('/me/password', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useStartTwoFactorSetup() {
  return useMutation({
    mutationFn: () => api('/me/two-factor/setup', { method: 'POST', schema: twoFactorSetupSchema }),
  });
}

export function useEnableTwoFactor() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: EnableTwoFactorRequest) =>
      api('/me/two-factor/enable', { method: 'POST', body, schema: recoveryCodesSchema }),
    // The recovery codes are shown first; the profile is refreshed when the user is done.
    onSuccess: () => void refresh(),
  });
}

export function useDisableTwoFactor() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: DisableTwoFactorRequest) =>
      api('/me/two-factor/disable', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useRegenerateRecoveryCodes() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: RegenerateRecoveryCodesRequest) =>
      api('/me/two-factor/recovery-codes', { method: 'POST', body, schema: recoveryCodesSchema }),
    onSuccess: () => void refresh(),
  });
}

export function useStartPhoneVerification() {
  return useMutation({
    mutationFn: (body: StartPhoneVerificationRequest) => api('/me/phone', { method: 'POST', body }),
  });
}

export function useConfirmPhone() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: ConfirmPhoneRequest) => api('/me/phone/confirm', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useRevokeSession() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (id: string) => api(`/me/sessions/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useRevokeOtherSessions() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: () =>
      api('/me/sessions/revoke-others', { method: 'POST', schema: revokedSessionsSchema }),
    onSuccess: refresh,
  });
}

export function useUpdateOrganizationSecurity(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationSecurityRequest) =>
      api('/organization/security', {
        method: 'PUT',
        body,
        schema: organizationSecuritySchema,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(organizationSecurityQueryOptions(organizationId).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
