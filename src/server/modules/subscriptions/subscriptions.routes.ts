import { z } from 'zod';
import {
  idParamsSchema,
  jobRunResultSchema,
  subscriptionInputSchema,
  subscriptionInvoiceListQuerySchema,
  subscriptionInvoicePageSchema,
  subscriptionInvoiceSchema,
  subscriptionListQuerySchema,
  subscriptionPageSchema,
  subscriptionSchema,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { Forbidden } from '../../platform/errors.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import type { SubscriptionsService } from './subscriptions.service.js';

/** Recurring invoices, under the invoices module's permission. */
export function subscriptionRoutes(app: Api, deps: { subscriptions: SubscriptionsService }): void {
  const base = '/api/v1/subscriptions';
  const tags = ['subscriptions'];
  const config = { access: 'invoices' } as const;
  const { subscriptions } = deps;

  app.get(base, {
    config,
    schema: {
      tags,
      summary: 'List subscriptions: next run, customer, amount, status; search, sorting, pages',
      querystring: subscriptionListQuerySchema,
      response: { 200: subscriptionPageSchema, ...errors },
    },
    handler: async (request) => subscriptions.list(authOf(request).organizationId, request.query),
  });

  app.post(base, {
    config,
    schema: {
      tags,
      summary: 'Create a subscription (texts may use %start% and %end%)',
      body: subscriptionInputSchema,
      response: { 201: subscriptionSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await subscriptions.create(actorOf(request), request.body)),
  });

  app.get(`${base}/:id`, {
    config,
    schema: {
      tags,
      summary: 'One subscription with its next invoices and periods',
      params: idParamsSchema,
      response: { 200: subscriptionSchema, ...errors },
    },
    handler: async (request) =>
      subscriptions.get(authOf(request).organizationId, request.params.id),
  });

  app.put(`${base}/:id`, {
    config,
    schema: {
      tags,
      summary: 'Replace a subscription (a changed schedule starts again from today)',
      params: idParamsSchema,
      body: subscriptionInputSchema,
      response: { 200: subscriptionSchema, ...errors },
    },
    handler: async (request) =>
      subscriptions.update(actorOf(request), request.params.id, request.body),
  });

  app.delete(`${base}/:id`, {
    config,
    schema: {
      tags,
      summary: 'Delete a subscription that never invoiced (otherwise pause it)',
      params: idParamsSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await subscriptions.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get(`${base}/:id/invoices`, {
    config,
    schema: {
      tags,
      summary: 'The invoices the subscription made, with the period each covers',
      params: idParamsSchema,
      querystring: subscriptionInvoiceListQuerySchema,
      response: { 200: subscriptionInvoicePageSchema, ...errors },
    },
    handler: async (request) =>
      subscriptions.invoices(authOf(request).organizationId, request.params.id, request.query),
  });

  for (const [action, summary] of [
    ['pause', 'Stop making invoices until resumed'],
    ['resume', 'Make invoices again from the next cycle date (paused periods are skipped)'],
  ] as const) {
    app.post(`${base}/:id/${action}`, {
      config,
      schema: {
        tags,
        summary,
        params: idParamsSchema,
        response: { 200: subscriptionSchema, ...errors },
      },
      handler: async (request) => subscriptions[action](actorOf(request), request.params.id),
    });
  }

  app.post(`${base}/run`, {
    config,
    schema: {
      tags,
      summary:
        'Run the hourly subscription run now for the company (owners): every period due is invoiced, once',
      response: { 200: jobRunResultSchema, ...errors },
    },
    handler: async (request) => {
      const auth = authOf(request);
      if (auth.role !== 'owner') throw Forbidden('error.ownerOnly');
      return subscriptions.runOrganization(auth.organizationId);
    },
  });

  app.post(`${base}/:id/run-now`, {
    config,
    schema: {
      tags,
      summary: 'Invoice the next period now instead of at its time',
      params: idParamsSchema,
      response: { 200: subscriptionInvoiceSchema, ...errors },
    },
    handler: async (request) => subscriptions.runNow(actorOf(request), request.params.id),
  });
}
