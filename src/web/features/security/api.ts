import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  securityRoutes,
  type ChangePasswordRequest,
  type ConfirmPhoneRequest,
  type DisableTwoFactorRequest,
  type EnableTwoFactorRequest,
  type RegenerateRecoveryCodesRequest,
  type StartPhoneVerificationRequest,
  type UpdateOrganizationSecurityRequest,
} from '../../../contract/index.js';
import { call } from '../../lib/client';
import { meQueryKey } from '../me/api';

/** Personal data is keyed by user: another person logging in on this device sees none of it. */
export function twoFactorQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['two-factor', userId],
    queryFn: () => call(securityRoutes.twoFactorStatus),
  });
}

export function sessionsQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['sessions', userId],
    queryFn: () => call(securityRoutes.sessions),
  });
}

export function organizationSecurityQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['organization-security', organizationId],
    queryFn: () => call(securityRoutes.organizationSecurity),
  });
}

export function smsOutboxQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: ['sms-outbox', organizationId],
    queryFn: () => call(securityRoutes.smsOutbox),
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
    mutationFn: (body: ChangePasswordRequest) => call(securityRoutes.changePassword, { body }),
    onSuccess: refresh,
  });
}

export function useStartTwoFactorSetup() {
  return useMutation({
    mutationFn: () => call(securityRoutes.twoFactorSetup),
  });
}

export function useEnableTwoFactor() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: EnableTwoFactorRequest) => call(securityRoutes.enableTwoFactor, { body }),
    // The recovery codes are shown first; the profile is refreshed when the user is done.
    onSuccess: () => void refresh(),
  });
}

export function useDisableTwoFactor() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: DisableTwoFactorRequest) => call(securityRoutes.disableTwoFactor, { body }),
    onSuccess: refresh,
  });
}

export function useRegenerateRecoveryCodes() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: RegenerateRecoveryCodesRequest) =>
      call(securityRoutes.regenerateRecoveryCodes, { body }),
    onSuccess: () => void refresh(),
  });
}

export function useStartPhoneVerification() {
  return useMutation({
    mutationFn: (body: StartPhoneVerificationRequest) =>
      call(securityRoutes.startPhoneVerification, { body }),
  });
}

export function useConfirmPhone() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (body: ConfirmPhoneRequest) => call(securityRoutes.confirmPhone, { body }),
    onSuccess: refresh,
  });
}

export function useRevokeSession() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: (id: string) => call(securityRoutes.revokeSession, { params: { id } }),
    onSuccess: refresh,
  });
}

export function useRevokeOtherSessions() {
  const refresh = useRefreshSecurity();
  return useMutation({
    mutationFn: () => call(securityRoutes.revokeOtherSessions),
    onSuccess: refresh,
  });
}

export function useUpdateOrganizationSecurity(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationSecurityRequest) =>
      call(securityRoutes.updateOrganizationSecurity, { body }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(organizationSecurityQueryOptions(organizationId).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
