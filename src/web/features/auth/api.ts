import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  meResponseSchema,
  type LoginRequest,
  type SignupRequest,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { meQueryKey } from '../me/api';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) =>
      api('/auth/login', { method: 'POST', body, schema: meResponseSchema }),
    meta: { expectsUnauthorized: true },
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignupRequest) =>
      api('/auth/signup', { method: 'POST', body, schema: meResponseSchema }),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('/auth/logout', { method: 'POST' }),
    onSuccess: () => {
      // Nothing of the previous session may show to the next person on this device.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
