import { idParamsSchema } from '../customers.js';
import {
  subscriptionInputSchema,
  subscriptionInvoiceListQuerySchema,
  subscriptionInvoicePageSchema,
  subscriptionInvoiceSchema,
  subscriptionListQuerySchema,
  subscriptionPageSchema,
  subscriptionSchema,
} from '../subscriptions.js';

import { jobRunResultSchema } from '../jobs.js';
import { defineRoutes } from './define.js';

/**
 * Recurring invoices, under the invoices module's permission. "Run the hourly subscription run
 * now" belongs to the jobs module's table.
 */
export const subscriptionRoutes = defineRoutes(
  'subscriptions',
  {
    list: {
      method: 'GET',
      path: '/subscriptions',
      access: 'invoices',
      summary: 'List subscriptions: next run, customer, amount, status; search, sorting, pages',
      query: subscriptionListQuerySchema,
      response: subscriptionPageSchema,
    },
    create: {
      method: 'POST',
      path: '/subscriptions',
      access: 'invoices',
      summary: 'Create a subscription (texts may use %start% and %end%)',
      body: subscriptionInputSchema,
      response: subscriptionSchema,
      status: 201,
    },
    get: {
      method: 'GET',
      path: '/subscriptions/:id',
      access: 'invoices',
      summary: 'One subscription with its next invoices and periods',
      params: idParamsSchema,
      response: subscriptionSchema,
    },
    update: {
      method: 'PUT',
      path: '/subscriptions/:id',
      access: 'invoices',
      summary: 'Replace a subscription (a changed schedule starts again from today)',
      params: idParamsSchema,
      body: subscriptionInputSchema,
      response: subscriptionSchema,
    },
    remove: {
      method: 'DELETE',
      path: '/subscriptions/:id',
      access: 'invoices',
      summary: 'Delete a subscription that never invoiced (otherwise pause it)',
      params: idParamsSchema,
    },
    invoices: {
      method: 'GET',
      path: '/subscriptions/:id/invoices',
      access: 'invoices',
      summary: 'The invoices the subscription made, with the period each covers',
      params: idParamsSchema,
      query: subscriptionInvoiceListQuerySchema,
      response: subscriptionInvoicePageSchema,
    },
    pause: {
      method: 'POST',
      path: '/subscriptions/:id/pause',
      access: 'invoices',
      summary: 'Stop making invoices until resumed',
      params: idParamsSchema,
      response: subscriptionSchema,
    },
    resume: {
      method: 'POST',
      path: '/subscriptions/:id/resume',
      access: 'invoices',
      summary: 'Make invoices again from the next cycle date (paused periods are skipped)',
      params: idParamsSchema,
      response: subscriptionSchema,
    },
    runNow: {
      method: 'POST',
      path: '/subscriptions/:id/run-now',
      access: 'invoices',
      summary: 'Invoice the next period now instead of at its time',
      params: idParamsSchema,
      response: subscriptionInvoiceSchema,
    },
    runDue: {
      method: 'POST',
      path: '/subscriptions/run',
      access: 'invoices',
      ownerOnly: true,
      summary:
        'Run the hourly subscription run now for the company (owners): every period due is invoiced, once',
      response: jobRunResultSchema,
    },
  },
  { app: 'subscriptions' },
);
