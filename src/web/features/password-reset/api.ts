import { useMutation } from '@tanstack/react-query';
import type { PasswordResetConfirmRequest, PasswordResetRequest } from '../../../contract/index.js';
import { api } from '../../lib/api-client';

/** Asks for a link: the same answer whether the account exists or not. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) =>
      api('/auth/password-reset', { method: 'POST', body }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetConfirmRequest) =>
      api('/auth/password-reset/confirm', { method: 'POST', body }),
  });
}
