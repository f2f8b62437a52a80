import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  authRoutes,
  type LoginRequest,
  type ResponseOutput,
  type SignupRequest,
  type TwoFactorLoginRequest,
} from '../../../contract/index.js';
import { call } from '../../lib/client';
import { browserDraftStore, forgetAllDrafts } from '../documents/editor/draft-store';
import { meQueryKey } from '../me/api';

/**
 * An accountant without clients yet (or support staff) gets the account: no company to open.
 * The app's guard sends such a session to the account home.
 */
function rememberSession(
  queryClient: ReturnType<typeof useQueryClient>,
  result: ResponseOutput<typeof authRoutes.twoFactor>,
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
    mutationFn: (body: LoginRequest) => call(authRoutes.login, { body }),
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
    mutationFn: (body: TwoFactorLoginRequest) => call(authRoutes.twoFactor, { body }),
    meta: { expectsUnauthorized: true },
    onSuccess: (result) => rememberSession(queryClient, result),
  });
}

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignupRequest) => call(authRoutes.signup, { body }),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(authRoutes.logout),
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
