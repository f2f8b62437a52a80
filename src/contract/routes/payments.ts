import { z } from 'zod';
import { idParamsSchema } from '../customers.js';
import { documentSchema } from '../documents.js';
import {
  invoiceBalanceQuerySchema,
  invoiceBalanceSchema,
  markPaidRequestSchema,
  paymentAccountInputSchema,
  paymentAccountSchema,
  paymentInputSchema,
} from '../payments.js';
import { uuidSchema } from '../common.js';

import { defineRoutes } from './define.js';

/** A payment is recorded on an invoice: it reads the invoice and changes its status. */
const onInvoices = ['payments', 'invoices'] as const;

export const paymentRoutes = defineRoutes('payments', {
  listAccounts: {
    method: 'GET',
    path: '/payment-accounts',
    access: 'payments',
    summary:
      'The company’s accounts (bank and cash; one list with the company settings), with their balances',
    response: z.array(paymentAccountSchema),
  },
  createAccount: {
    method: 'POST',
    path: '/payment-accounts',
    access: 'payments',
    summary: 'Add a payment account',
    body: paymentAccountInputSchema,
    response: paymentAccountSchema,
    status: 201,
  },
  updateAccount: {
    method: 'PUT',
    path: '/payment-accounts/:id',
    access: 'payments',
    summary: 'Change a payment account',
    params: idParamsSchema,
    body: paymentAccountInputSchema,
    response: paymentAccountSchema,
  },
  removeAccount: {
    method: 'DELETE',
    path: '/payment-accounts/:id',
    access: 'payments',
    summary: 'Delete an account no payment uses (one with payments can be deactivated)',
    params: idParamsSchema,
  },
  record: {
    method: 'POST',
    path: '/invoices/:id/payments',
    access: onInvoices,
    summary:
      'Record a payment (partial allowed; more than the balance or an apparent duplicate needs confirm)',
    params: idParamsSchema,
    body: paymentInputSchema,
    response: documentSchema,
  },
  markPaid: {
    method: 'POST',
    path: '/invoices/:id/mark-paid',
    access: onInvoices,
    summary: 'Record a payment of the whole open balance',
    params: idParamsSchema,
    body: markPaidRequestSchema,
    response: documentSchema,
  },
  remove: {
    method: 'DELETE',
    path: '/invoices/:id/payments/:paymentId',
    access: onInvoices,
    summary: 'Delete a payment; the invoice status follows',
    params: z.strictObject({ id: uuidSchema, paymentId: uuidSchema }),
    response: documentSchema,
  },
  balance: {
    method: 'GET',
    path: '/invoices/balance',
    access: onInvoices,
    summary: 'Open and overdue balance, for one customer or all',
    query: invoiceBalanceQuerySchema,
    response: invoiceBalanceSchema,
  },
});
