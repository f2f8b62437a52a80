import { z } from 'zod';
import {
  documentSchema,
  idParamsSchema,
  invoiceBalanceQuerySchema,
  invoiceBalanceSchema,
  markPaidRequestSchema,
  paymentAccountInputSchema,
  paymentAccountSchema,
  paymentInputSchema,
  uuidSchema,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import type { InvoicePaymentsService } from './invoice-payments.service.js';
import type { PaymentAccountsService } from './payment-accounts.service.js';

const config = { access: 'payments' } as const;
// A payment is recorded on an invoice: reads it and changes its status.
const onInvoices = { access: ['payments', 'invoices'] } as const;

export function paymentRoutes(
  app: Api,
  deps: { accounts: PaymentAccountsService; payments: InvoicePaymentsService },
): void {
  app.get('/api/v1/payment-accounts', {
    config,
    schema: {
      tags: ['payments'],
      summary:
        'The company’s accounts (bank and cash; one list with the company settings), with their balances',
      response: { 200: z.array(paymentAccountSchema), ...errors },
    },
    handler: async (request) => deps.accounts.list(authOf(request).organizationId),
  });

  app.post('/api/v1/payment-accounts', {
    config,
    schema: {
      tags: ['payments'],
      summary: 'Add a payment account',
      body: paymentAccountInputSchema,
      response: { 201: paymentAccountSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await deps.accounts.create(actorOf(request), request.body)),
  });

  app.put('/api/v1/payment-accounts/:id', {
    config,
    schema: {
      tags: ['payments'],
      summary: 'Change a payment account',
      params: idParamsSchema,
      body: paymentAccountInputSchema,
      response: { 200: paymentAccountSchema, ...errors },
    },
    handler: async (request) =>
      deps.accounts.update(actorOf(request), request.params.id, request.body),
  });

  app.delete('/api/v1/payment-accounts/:id', {
    config,
    schema: {
      tags: ['payments'],
      summary: 'Delete an account no payment uses (one with payments can be deactivated)',
      params: idParamsSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.accounts.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/v1/invoices/:id/payments', {
    config: onInvoices,
    schema: {
      tags: ['payments'],
      summary:
        'Record a payment (partial allowed; more than the balance or an apparent duplicate needs confirm)',
      params: idParamsSchema,
      body: paymentInputSchema,
      response: { 200: documentSchema, ...errors },
    },
    handler: async (request) =>
      deps.payments.record(actorOf(request), request.params.id, request.body),
  });

  app.post('/api/v1/invoices/:id/mark-paid', {
    config: onInvoices,
    schema: {
      tags: ['payments'],
      summary: 'Record a payment of the whole open balance',
      params: idParamsSchema,
      body: markPaidRequestSchema,
      response: { 200: documentSchema, ...errors },
    },
    handler: async (request) =>
      deps.payments.markPaid(actorOf(request), request.params.id, request.body),
  });

  app.delete('/api/v1/invoices/:id/payments/:paymentId', {
    config: onInvoices,
    schema: {
      tags: ['payments'],
      summary: 'Delete a payment; the invoice status follows',
      params: z.strictObject({ id: uuidSchema, paymentId: uuidSchema }),
      response: { 200: documentSchema, ...errors },
    },
    handler: async (request) =>
      deps.payments.remove(actorOf(request), request.params.id, request.params.paymentId),
  });

  app.get('/api/v1/invoices/balance', {
    config: onInvoices,
    schema: {
      tags: ['payments'],
      summary: 'Open and overdue balance, for one customer or all',
      querystring: invoiceBalanceQuerySchema,
      response: { 200: invoiceBalanceSchema, ...errors },
    },
    handler: async (request) =>
      deps.payments.balance(authOf(request).organizationId, request.query.customerId),
  });
}
