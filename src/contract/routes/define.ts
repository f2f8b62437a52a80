import type { z } from 'zod';
import type { OptionalApp } from '../apps.js';
import type { Module } from '../auth.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Modules that must all be granted: a route that reads or writes records of several modules. */
export type ModuleSet = readonly [Module, ...Module[]];

/**
 * Who may call a route: nobody in particular (`public`), any signed-in account with or without
 * a current organization (`account`: an accountant without clients yet, support staff), any
 * member of the current organization (`member`), or members holding one module or every module
 * of a set (converting a quote reads quotes and writes invoices: `['quotes', 'invoices']`).
 */
export type Access = 'public' | 'account' | 'member' | Module | ModuleSet;

/** Statuses a route answers when it succeeds. */
export type SuccessStatus = 200 | 201 | 202 | 204;

/**
 * One route of the API, as pure data: the server registers it and its OpenAPI from this, and the
 * web app calls it through the typed client. Paths are relative to `/api/v1`.
 */
export interface RouteDefinition {
  readonly method: HttpMethod;
  /** `/customers/:id`; each `:name` must be a key of `params`. */
  readonly path: string;
  /**
   * Where `path` lives when not under `/api/v1`: the customer's side of a shared link
   * (`/api/public`), or a URL registered with a provider that must not move with the API's
   * version (`/api`: the access point's webhook).
   */
  readonly base?: '/api/public' | '/api';
  readonly summary: string;
  readonly description?: string;
  readonly access: Access;
  /** Only the organization's owners, on top of `access`. */
  readonly ownerOnly?: true;
  /** The optional app the route belongs to: switched off, it answers 403 `appDisabled`. */
  readonly app?: OptionalApp;
  /**
   * Reachable by a user whose organization requires two-factor login before they set it up
   * (their profile, the setup itself, logout); every other route answers 403 until then.
   */
  readonly beforeTwoFactorSetup?: true;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly headers?: z.ZodObject;
  /** The upload routes take `multipart/form-data` (one file in the field `file`). */
  readonly multipart?: true;
  /** The JSON answer. Without it (and without `file`), the route answers 204 No Content. */
  readonly response?: z.ZodType;
  /** Success status; 200 by default (204 for routes without a response). */
  readonly status?: SuccessStatus;
  /** The route answers a file of this media type (PDF, CSV, XML, ZIP…) instead of JSON. */
  readonly file?: string;
  /** OpenAPI tags; the table's name by default. */
  readonly tags?: readonly string[];
  /**
   * A `public` route whose request authenticates itself (a provider's signature over the raw
   * body): no session is needed and no CSRF token is asked.
   */
  readonly signed?: true;
  /** Left out of the OpenAPI: a provider's callback, not an API offered to users. */
  readonly hidden?: true;
  /**
   * Guessing is limited (login, second factor, password reset, re-entering the password, a
   * shared link's e-mail check): the route may answer 429 with the error body and Retry-After.
   */
  readonly throttled?: true;
}

export type RouteTable = Readonly<Record<string, RouteDefinition>>;

/**
 * A module's routes, tagged with the module's name for the OpenAPI, and with the optional app
 * they all belong to. Keeps the literal types, so
 * the handler map and the client know each route's schemas.
 */
export function defineRoutes<const T extends Record<string, RouteDefinition>>(
  tag: string,
  routes: T,
  options: { app?: OptionalApp } = {},
): { readonly [K in keyof T]: T[K] & { readonly tags: readonly string[] } } {
  return Object.fromEntries(
    Object.entries(routes).map(([name, route]) => [
      name,
      { tags: [tag], ...(options.app && { app: options.app }), ...route },
    ]),
  ) as { readonly [K in keyof T]: T[K] & { readonly tags: readonly string[] } };
}

type Schema<D, K extends keyof RouteDefinition> = D extends { readonly [P in K]: infer S }
  ? S extends z.ZodType
    ? S
    : never
  : never;

/** What a caller sends: inputs of the schemas (defaults may be left out). */
export type ParamsInput<D> = z.input<Schema<D, 'params'>>;
export type QueryInput<D> = z.input<Schema<D, 'query'>>;
export type BodyInput<D> = D extends { readonly multipart: true }
  ? FormData
  : z.input<Schema<D, 'body'>>;

/** What the server works with: outputs of the schemas, after validation. */
export type ParamsOutput<D> = [Schema<D, 'params'>] extends [never]
  ? unknown
  : z.output<Schema<D, 'params'>>;
export type QueryOutput<D> = [Schema<D, 'query'>] extends [never]
  ? unknown
  : z.output<Schema<D, 'query'>>;
export type BodyOutput<D> = [Schema<D, 'body'>] extends [never]
  ? unknown
  : z.output<Schema<D, 'body'>>;
export type HeadersOutput<D> = [Schema<D, 'headers'>] extends [never]
  ? unknown
  : z.output<Schema<D, 'headers'>>;

/**
 * The answer: what the handler returns (schema input) and what the client gets (output); a
 * route without a response schema returns nothing (204, or a file sent through the reply).
 */
export type ResponseInput<D> = [Schema<D, 'response'>] extends [never]
  ? // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- handlers of such routes return nothing
    void
  : z.input<Schema<D, 'response'>>;
export type ResponseOutput<D> = [Schema<D, 'response'>] extends [never]
  ? // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- the client resolves with nothing
    void
  : z.output<Schema<D, 'response'>>;

/** The path with its parameters filled in, each one percent-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
