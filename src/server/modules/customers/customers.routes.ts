import { z } from 'zod';
import {
  customerInputSchema,
  customerListQuerySchema,
  customerPageSchema,
  customerSchema,
  idParamsSchema,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import type { CustomersService } from './customers.service.js';

const tags = ['customers'];
const errors = errorResponses;

/** Customers (and suppliers, prospects) are open to every user of an organization. */
export function customerRoutes(app: Api, deps: { customers: CustomersService }): void {
  app.get('/api/v1/customers', {
    config: { access: 'member' },
    schema: {
      tags,
      summary:
        'List contacts: full-text search (name, number, VAT, city, email), filters, sorting, pages',
      querystring: customerListQuerySchema,
      response: { 200: customerPageSchema, ...errors },
    },
    handler: async (request) => deps.customers.list(authOf(request).organizationId, request.query),
  });

  app.get('/api/v1/customers/export.csv', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'The filtered list as CSV (UTF-8, semicolons)',
      querystring: customerListQuerySchema.omit({ page: true, pageSize: true }),
    },
    handler: async (request, reply) => {
      const csv = await deps.customers.exportCsv(authOf(request).organizationId, {
        ...request.query,
        page: 1,
        pageSize: 100,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="customers.csv"')
        .send(csv);
    },
  });

  app.post('/api/v1/customers', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Create a contact',
      body: customerInputSchema,
      response: { 201: customerSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await deps.customers.create(actorOf(request), request.body)),
  });

  app.get('/api/v1/customers/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'One contact with its people and addresses',
      params: idParamsSchema,
      response: { 200: customerSchema, ...errors },
    },
    handler: async (request) =>
      deps.customers.get(authOf(request).organizationId, request.params.id),
  });

  app.put('/api/v1/customers/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Replace a contact',
      params: idParamsSchema,
      body: customerInputSchema,
      response: { 200: customerSchema, ...errors },
    },
    handler: async (request) =>
      deps.customers.update(actorOf(request), request.params.id, request.body),
  });

  app.post('/api/v1/customers/:id/archive', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Archive a contact (hidden from lists, documents kept)',
      params: idParamsSchema,
      response: { 200: customerSchema, ...errors },
    },
    handler: async (request) =>
      deps.customers.setArchived(actorOf(request), request.params.id, true),
  });

  app.post('/api/v1/customers/:id/unarchive', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Bring an archived contact back',
      params: idParamsSchema,
      response: { 200: customerSchema, ...errors },
    },
    handler: async (request) =>
      deps.customers.setArchived(actorOf(request), request.params.id, false),
  });

  app.delete('/api/v1/customers/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Delete a contact',
      params: idParamsSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.customers.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
