import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  errorResponseSchema,
  publicDocumentRoutes,
  type PublicDocument,
  type SignRequest,
} from '../../../contract/index.js';
import { currentLanguage, i18n } from '../../i18n';
import { ApiError } from '../../lib/api-error';
import { routeUrl } from '../../lib/client';
import { csrfToken, fetchCsrfToken } from '../../lib/csrf';

/**
 * The customer's side of a link lives outside `/api/v1` (no session, the link is the key), so
 * it is fetched here rather than through `call`, which speaks for a signed-in user.
 */
const urlOf = (route: keyof typeof publicDocumentRoutes, token: string) =>
  routeUrl(publicDocumentRoutes[route], { params: { token } });

async function send(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
  retried = false,
): Promise<Response> {
  const method = init.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': currentLanguage() });
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  // The server checks the double-submit CSRF token on public changes too.
  if (method !== 'GET') headers.set('X-CSRF-Token', await csrfToken());
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(await response.json().catch(() => null));
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      if (code === 'csrf' && !retried) {
        await fetchCsrfToken();
        return send(path, init, true);
      }
      throw new ApiError(response.status, code, message, fields);
    }
    throw new ApiError(response.status, 'unexpected', i18n.t('errors.unexpected'));
  }
  return response;
}

export const publicDocumentKey = (token: string) => ['publicDocument', token] as const;

/** The document, or a 404 `linkNotFound` until the visitor passed the e-mail check. */
export function publicDocumentQueryOptions(token: string) {
  return queryOptions({
    queryKey: publicDocumentKey(token),
    queryFn: async () =>
      publicDocumentRoutes.open.response.parse(await (await send(urlOf('open', token))).json()),
    staleTime: Infinity,
  });
}

export const publicPdfUrl = (token: string) => urlOf('pdf', token);

export function useUnlock(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (email: string) => {
      await send(urlOf('unlock', token), { method: 'POST', body: { email } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publicDocumentKey(token) }),
  });
}

export function useSign(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SignRequest): Promise<PublicDocument> =>
      publicDocumentRoutes.sign.response.parse(
        await (await send(urlOf('sign', token), { method: 'POST', body })).json(),
      ),
    onSuccess: (document) => queryClient.setQueryData(publicDocumentKey(token), document),
    // The check expired (or the link was revoked) meanwhile: back to the e-mail prompt.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404)
        void queryClient.invalidateQueries({ queryKey: publicDocumentKey(token) });
    },
  });
}
