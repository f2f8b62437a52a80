import { useMutation } from '@tanstack/react-query';
import {
  passwordResetRoutes,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
} from '../../../contract/index.js';
import { call } from '../../lib/client';

/** Asks for a link: the same answer whether the account exists or not. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => call(passwordResetRoutes.request, { body }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetConfirmRequest) => call(passwordResetRoutes.confirm, { body }),
  });
}
