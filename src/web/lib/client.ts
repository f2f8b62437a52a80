import type { z } from 'zod';
import {
  fillPath,
  type BodyInput,
  type ParamsInput,
  type QueryInput,
  type ResponseOutput,
  type RouteDefinition,
} from '../../contract/index.js';
import { API_PREFIX, send, toApiError } from './api-client';
import { toQueryString } from './search-params';

type Has<D, K extends string> = D extends { readonly [P in K]: z.ZodType } ? true : false;

/** What a call passes: `params` and `body` when the route has them, `query` optionally. */
export type CallInput<D extends RouteDefinition> = (Has<D, 'params'> extends true
  ? { params: ParamsInput<D> }
  : { params?: never }) &
  (Has<D, 'body'> extends true
    ? { body: BodyInput<D> }
    : D extends { readonly multipart: true }
      ? { body: FormData }
      : { body?: never }) &
  (Has<D, 'query'> extends true ? { query?: QueryInput<D> } : { query?: never }) & {
    /** Extra headers: an `Idempotency-Key`, an `If-Match`. */
    headers?: Readonly<Record<string, string>>;
  };

/** The input may be left out when the route needs none. */
type Args<D extends RouteDefinition> =
  Has<D, 'params'> extends true
    ? [input: CallInput<D>]
    : Has<D, 'body'> extends true
      ? [input: CallInput<D>]
      : D extends { readonly multipart: true }
        ? [input: CallInput<D>]
        : [input?: CallInput<D>];

/** The route's URL with its path parameters and query filled in (for links, frames, downloads). */
export function routeUrl<D extends RouteDefinition>(route: D, ...[input]: Args<D>): string {
  return (route.base ?? API_PREFIX) + pathOf(route, input);
}

/** Any route's input, once its type has been checked at the call. */
interface LooseInput {
  params?: unknown;
  query?: unknown;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

function pathOf(route: RouteDefinition, input: LooseInput | undefined): string {
  const path = fillPath(route.path, input?.params as Record<string, unknown> | undefined);
  const query = input?.query ? toQueryString(input.query as Record<string, unknown>) : '';
  return path + (query ? `?${query}` : '');
}

async function fetchRoute(
  route: RouteDefinition,
  input: LooseInput | undefined,
): Promise<Response> {
  const url = pathOf(route, input);
  const response = await send(url, {
    prefix: route.base ?? API_PREFIX,
    method: route.method,
    body: input?.body,
    headers: input?.headers,
  });
  if (!response.ok) throw await toApiError(response);
  return response;
}

/**
 * Calls a route of the contract and validates the answer with its schema, so a drift between
 * server and client shows up as a clear error instead of `undefined` deep in a component.
 */
export async function call<D extends RouteDefinition>(
  route: D,
  ...[input]: Args<D>
): Promise<ResponseOutput<D>> {
  return (await callWithStatus(route, ...([input] as Args<D>))).data;
}

/** Like `call`, with the status too: a 201 (created) tells apart from a 200 (already there). */
export async function callWithStatus<D extends RouteDefinition>(
  route: D,
  ...[input]: Args<D>
): Promise<{ status: number; data: ResponseOutput<D> }> {
  const response = await fetchRoute(route, input);
  const data =
    route.response && response.status !== 204
      ? (route.response.parse(await response.json()) as ResponseOutput<D>)
      : (undefined as ResponseOutput<D>);
  return { status: response.status, data };
}

/** A route that answers a file (CSV export, PDF…), with the name the server suggests. */
export async function callFile<D extends RouteDefinition & { readonly file: string }>(
  route: D,
  ...[input]: Args<D>
): Promise<{ blob: Blob; filename: string | null }> {
  const response = await fetchRoute(route, input);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename };
}
