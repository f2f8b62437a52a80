import { idParamsSchema } from '../customers.js';
import {
  markPurchasePaidRequestSchema,
  purchaseInvoiceSchema,
  purchaseListQuerySchema,
  purchasePageSchema,
} from '../einvoicing.js';

import { defineRoutes } from './define.js';

export const purchaseRoutes = defineRoutes(
  'purchase-invoices',
  {
    list: {
      method: 'GET',
      path: '/purchase-invoices',
      access: 'purchases',
      summary: 'Purchase invoices, newest first; filter to pay / paid',
      query: purchaseListQuerySchema,
      response: purchasePageSchema,
    },
    get: {
      method: 'GET',
      path: '/purchase-invoices/:id',
      access: 'purchases',
      summary: 'A purchase invoice',
      params: idParamsSchema,
      response: purchaseInvoiceSchema,
    },
    markPaid: {
      method: 'POST',
      path: '/purchase-invoices/:id/mark-paid',
      access: 'purchases',
      summary: 'Mark as paid on a date',
      params: idParamsSchema,
      body: markPurchasePaidRequestSchema,
      response: purchaseInvoiceSchema,
    },
    markUnpaid: {
      method: 'POST',
      path: '/purchase-invoices/:id/mark-unpaid',
      access: 'purchases',
      summary: 'Back to "to pay"',
      params: idParamsSchema,
      response: purchaseInvoiceSchema,
    },
  },
  { app: 'purchases' },
);
