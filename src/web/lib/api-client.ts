import type { z } from 'zod';
import { errorResponseSchema } from '../../contract/index.js';
import { currentLanguage, i18n } from '../i18n';
import { ApiError } from './api-error';
import { csrfToken, fetchCsrfToken } from './csrf';

export const API_PREFIX = '/api/v1';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Where the path lives: `/api/v1` unless the route says otherwise. */
  prefix?: string;
  method?: Method;
  /** A plain value is sent as JSON; FormData as multipart (the browser sets the boundary). */
  body?: unknown;
  /** Extra headers, such as an `Idempotency-Key` that makes a retried creation harmless. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Calls the API and validates the answer with its contract schema, so a drift between server
 * and client shows up as a clear error instead of `undefined` deep in a component.
 */
export async function api<S extends z.ZodType>(
  path: string,
  options: RequestOptions & { schema: S },
): Promise<z.output<S>>;
export async function api(path: string, options?: RequestOptions): Promise<void>;
export async function api(
  path: string,
  options: RequestOptions & { schema?: z.ZodType } = {},
): Promise<unknown> {
  const response = await send(path, options);
  if (!response.ok) throw await toApiError(response);
  if (!options.schema || response.status === 204) return undefined;
  return options.schema.parse(await response.json());
}

/** Like `api`, with the status too: a 201 (created) tells apart from a 200 (already there). */
export async function apiWithStatus<S extends z.ZodType>(
  path: string,
  options: RequestOptions & { schema: S },
): Promise<{ status: number; data: z.output<S> }> {
  const response = await send(path, options);
  if (!response.ok) throw await toApiError(response);
  return { status: response.status, data: options.schema.parse(await response.json()) };
}

/** A file from the API (CSV export…), with the name the server suggests. */
export async function apiFile(path: string): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send(path, {});
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename };
}

export async function send(
  path: string,
  options: RequestOptions,
  retried = false,
): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers = new Headers({
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  });
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') headers.set('X-CSRF-Token', await csrfToken());

  let response: Response;
  try {
    response = await fetch((options.prefix ?? API_PREFIX) + path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  // The CSRF cookie may have expired or been cleared: get a fresh one and try once more.
  if (response.status === 403 && method !== 'GET' && !retried) {
    const error = await toApiError(response.clone());
    if (error.code === 'csrf') {
      await fetchCsrfToken();
      return send(path, options, true);
    }
  }
  return response;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const parsed = errorResponseSchema.safeParse(await response.json().catch(() => null));
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiError(response.status, code, message, fields);
  }
  // No JSON error body: a proxy page or a server that is down.
  const code = response.status >= 500 ? 'unavailable' : 'unexpected';
  return new ApiError(response.status, code, i18n.t('errors.unexpected'));
}
