import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  accountResponseSchema,
  meResponseSchema,
  twoFactorChallengeSchema,
  type LoginRequest,
  type SignupRequest,
  type TwoFactorLoginRequest,
} from '../../../contract/index.js';
import { api } from '../../lib/api-client';
import { browserDraftStore, forgetAllDrafts } from '../documents/editor/draft-storage';
import { meQueryKey } from '../me/api';

// An accountant without clients yet (or support staff) gets the account: no company to open.
const loginResultSchema = z.union([
  meResponseSchema,
  twoFactorChallengeSchema,
  accountResponseSchema,
]);
const sessionResultSchema = z.union([meResponseSchema, accountResponseSchema]);

/** The app's guard sends a session without a company to the account home. */
function rememberSession(
  queryClient: ReturnType<typeof useQueryClient>,
  result: z.output<typeof sessionResultSchema>,
) {
  if ('organization' in result) queryClient.setQueryData(meQueryKey, result);
  else {
    queryClient.setQueryData(meQueryKey, null);
    queryClient.setQueryData(['account'], result);
  }
}

/** Step one: the password. With two-factor login on, the answer asks for step two. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) =>
      api('/auth/login', { method: 'POST', body, schema: loginResultSchema }),
    meta: { expectsUnauthorized: true },
    onSuccess: (result) => {
      if (!('twoFactorRequired' in result)) rememberSession(queryClient, result);
    },
  });
}

/** Step two: a code from the authenticator app, or a recovery code. */
export function useTwoFactorLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TwoFactorLoginRequest) =>
      api('/auth/two-factor', { method: 'POST', body, schema: sessionResultSchema }),
    meta: { expectsUnauthorized: true },
    onSuccess: (result) => rememberSession(queryClient, result),
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
      // Unsaved documents kept in this browser go too (see draft-storage.ts).
      const drafts = browserDraftStore();
      if (drafts) forgetAllDrafts(drafts);
    },
  });
}
