import type { FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { z } from 'zod';
import type {
  BodyOutput,
  HeadersOutput,
  ParamsOutput,
  QueryOutput,
  ResponseInput,
  RouteDefinition,
  RouteTable,
} from '../../contract/index.js';
import { errorResponses, throttledResponses, type Api } from './route-types.js';

/** The request a handler gets: params, query, body and headers already validated and typed. */
export type RouteRequest<D extends RouteDefinition> = FastifyRequest<{
  Params: ParamsOutput<D>;
  Querystring: QueryOutput<D>;
  Body: BodyOutput<D>;
  Headers: HeadersOutput<D>;
}>;

/**
 * A route's handler: returns the response (sent with the route's status), or the reply when it
 * sends something else itself (a file, or 200 instead of 201 for an idempotent retry).
 */
export type RouteHandler<D extends RouteDefinition> = (
  request: RouteRequest<D>,
  reply: FastifyReply,
) => Promise<ResponseInput<D> | FastifyReply>;

/** One handler per route of the table: a route without a handler does not compile. */
export type Handlers<T extends RouteTable> = { readonly [K in keyof T]: RouteHandler<T[K]> };

export const API_PREFIX = '/api/v1';

/** The status a route answers when it succeeds: 204 when it has nothing to send. */
const successStatus = (route: RouteDefinition) =>
  route.status ?? (route.response || route.file ? 200 : 204);

/** The Fastify schema (validation, serialization, OpenAPI) of a route definition. */
function fastifySchema(route: RouteDefinition) {
  const status = successStatus(route);
  const success = route.file ? undefined : (route.response ?? z.null());
  const schema = {
    tags: route.tags ? [...route.tags] : undefined,
    summary: route.summary,
    description: route.description,
    params: route.params,
    querystring: route.query,
    body: route.body,
    headers: route.headers,
    consumes: route.multipart ? ['multipart/form-data'] : undefined,
    produces: route.file ? [route.file] : undefined,
    response: {
      ...(success && { [status]: success }),
      ...errorResponses,
      ...(route.throttled && throttledResponses),
    },
    hide: route.hidden,
  };
  // Fastify warns about every schema key that is present but undefined.
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined));
}

/** Registers a module's routes from its contract table, each with its handler. */
export function mountRoutes<T extends RouteTable>(app: Api, table: T, handlers: Handlers<T>): void {
  for (const [name, route] of Object.entries(table)) {
    const handle = handlers[name as keyof T] as RouteHandler<RouteDefinition>;
    const status = successStatus(route);
    app.route({
      method: route.method,
      url: (route.base ?? API_PREFIX) + route.path,
      config: {
        access: route.access,
        ...(route.signed && { signed: true }),
        ...(route.ownerOnly && { ownerOnly: true }),
        ...(route.app && { app: route.app }),
        ...(route.beforeTwoFactorSetup && { beforeTwoFactorSetup: true }),
      },
      schema: fastifySchema(route),
      // The typed handler sees the request its schemas produce; Fastify's own type is looser.
      handler: (async (request: RouteRequest<RouteDefinition>, reply: FastifyReply) => {
        const result: unknown = await handle(request, reply);
        if (result === reply || reply.sent) return reply;
        return reply.code(status).send(status === 204 ? null : result);
      }) as RouteHandlerMethod,
    });
  }
}
