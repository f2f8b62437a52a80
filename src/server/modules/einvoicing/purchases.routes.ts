import {
  idParamsSchema,
  markPurchasePaidRequestSchema,
  purchaseInvoiceSchema,
  purchaseListQuerySchema,
  purchasePageSchema,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import type { PurchasesService } from './purchases.service.js';

const config = { access: 'purchases' } as const;
const tags = ['purchase-invoices'];

export function purchaseRoutes(app: Api, deps: { purchases: PurchasesService }): void {
  const { purchases } = deps;
  app.get('/api/v1/purchase-invoices', {
    config,
    schema: {
      tags,
      summary: 'Purchase invoices, newest first; filter to pay / paid',
      querystring: purchaseListQuerySchema,
      response: { 200: purchasePageSchema, ...errors },
    },
    handler: async (request) => purchases.list(authOf(request).organizationId, request.query),
  });
  app.get('/api/v1/purchase-invoices/:id', {
    config,
    schema: {
      tags,
      summary: 'A purchase invoice',
      params: idParamsSchema,
      response: { 200: purchaseInvoiceSchema, ...errors },
    },
    handler: async (request) => purchases.get(authOf(request).organizationId, request.params.id),
  });
  app.post('/api/v1/purchase-invoices/:id/mark-paid', {
    config,
    schema: {
      tags,
      summary: 'Mark as paid on a date',
      params: idParamsSchema,
      body: markPurchasePaidRequestSchema,
      response: { 200: purchaseInvoiceSchema, ...errors },
    },
    handler: async (request) =>
      purchases.markPaid(actorOf(request), request.params.id, request.body.date),
  });
  app.post('/api/v1/purchase-invoices/:id/mark-unpaid', {
    config,
    schema: {
      tags,
      summary: 'Back to "to pay"',
      params: idParamsSchema,
      response: { 200: purchaseInvoiceSchema, ...errors },
    },
    handler: async (request) => purchases.markUnpaid(actorOf(request), request.params.id),
  });
}
