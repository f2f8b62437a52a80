import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  errorResponseSchema,
  publicDocumentSchema,
  type PublicDocument,
  type SignRequest,
} from '../../../contract/index.js';
import { currentLanguage, i18n } from '../../i18n';
import { ApiError } from '../../lib/api-error';
import { csrfToken, fetchCsrfToken } from '../../lib/csrf';

/** The customer's side of a link lives outside `/api/v1`: no session, the link is the key. */
const base = (token: string) => `/api/public/documents/${encodeURIComponent(token)}`;

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
    queryFn: async () => publicDocumentSchema.parse(await (await send(base(token))).json()),
    staleTime: Infinity,
  });
}

export const publicPdfUrl = (token: string) => `${base(token)}/pdf`;

export function useUnlock(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (email: string) => {
      await send(`${base(token)}/unlock`, { method: 'POST', body: { email } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publicDocumentKey(token) }),
  });
}

export function useSign(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SignRequest): Promise<PublicDocument> =>
      publicDocumentSchema.parse(
        await (await send(`${base(token)}/sign`, { method: 'POST', body })).json(),
      ),
    onSuccess: (document) => queryClient.setQueryData(publicDocumentKey(token), document),
    // The check expired (or the link was revoked) meanwhile: back to the e-mail prompt.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404)
        void queryClient.invalidateQueries({ queryKey: publicDocumentKey(token) });
    },
  });
}
