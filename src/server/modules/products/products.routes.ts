import { z } from 'zod';
import {
  idParamsSchema,
  priceUpdateRequestSchema,
  priceUpdateResultSchema,
  productGroupInputSchema,
  productGroupSchema,
  productInputSchema,
  productListQuerySchema,
  productPageSchema,
  productSchema,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import type { ProductsService } from './products.service.js';

const tags = ['products'];
const errors = errorResponses;

/** Products are open to every user of an organization. */
export function productRoutes(app: Api, deps: { products: ProductsService }): void {
  app.get('/api/v1/products', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'List products: search (code, names, EAN), group and active filters, sorting, pages',
      querystring: productListQuerySchema,
      response: { 200: productPageSchema, ...errors },
    },
    handler: async (request) => deps.products.list(authOf(request).organizationId, request.query),
  });

  app.post('/api/v1/products', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Create a product',
      body: productInputSchema,
      response: { 201: productSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await deps.products.create(actorOf(request), request.body)),
  });

  app.post('/api/v1/products/price-update', {
    config: { access: 'member' },
    schema: {
      tags,
      summary:
        'Change the prices of a selection or a group by a percentage (preview first, then apply)',
      body: priceUpdateRequestSchema,
      response: { 200: priceUpdateResultSchema, ...errors },
    },
    handler: async (request) => deps.products.updatePrices(actorOf(request), request.body),
  });

  app.get('/api/v1/products/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'One product',
      params: idParamsSchema,
      response: { 200: productSchema, ...errors },
    },
    handler: async (request) =>
      deps.products.get(authOf(request).organizationId, request.params.id),
  });

  app.put('/api/v1/products/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Replace a product',
      params: idParamsSchema,
      body: productInputSchema,
      response: { 200: productSchema, ...errors },
    },
    handler: async (request) =>
      deps.products.update(actorOf(request), request.params.id, request.body),
  });

  app.delete('/api/v1/products/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Delete a product',
      params: idParamsSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.products.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/v1/product-groups', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'All product groups with their product counts',
      response: { 200: z.array(productGroupSchema), ...errors },
    },
    handler: async (request) => deps.products.listGroups(authOf(request).organizationId),
  });

  app.post('/api/v1/product-groups', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Create a product group',
      body: productGroupInputSchema,
      response: { 201: productGroupSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await deps.products.saveGroup(actorOf(request), null, request.body)),
  });

  app.put('/api/v1/product-groups/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Rename or change a product group',
      params: idParamsSchema,
      body: productGroupInputSchema,
      response: { 200: productGroupSchema, ...errors },
    },
    handler: async (request) =>
      deps.products.saveGroup(actorOf(request), request.params.id, request.body),
  });

  app.delete('/api/v1/product-groups/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Delete an empty product group',
      params: idParamsSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.products.removeGroup(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
