import {
  customerInputSchema,
  customerListQuerySchema,
  customerPageSchema,
  customerSchema,
  idParamsSchema,
} from '../customers.js';

import { defineRoutes } from './define.js';

/** Customers (and suppliers, prospects) are open to every user of an organization. */
export const customerRoutes = defineRoutes('customers', {
  list: {
    method: 'GET',
    path: '/customers',
    access: 'member',
    summary:
      'List contacts: full-text search (name, number, VAT, city, email), filters, sorting, pages',
    query: customerListQuerySchema,
    response: customerPageSchema,
  },
  exportCsv: {
    method: 'GET',
    path: '/customers/export.csv',
    access: 'member',
    summary: 'The filtered list as CSV (UTF-8, semicolons)',
    query: customerListQuerySchema.omit({ page: true, pageSize: true }),
    file: 'text/csv',
  },
  create: {
    method: 'POST',
    path: '/customers',
    access: 'member',
    summary: 'Create a contact',
    body: customerInputSchema,
    response: customerSchema,
    status: 201,
  },
  get: {
    method: 'GET',
    path: '/customers/:id',
    access: 'member',
    summary: 'One contact with its people and addresses',
    params: idParamsSchema,
    response: customerSchema,
  },
  update: {
    method: 'PUT',
    path: '/customers/:id',
    access: 'member',
    summary: 'Replace a contact',
    params: idParamsSchema,
    body: customerInputSchema,
    response: customerSchema,
  },
  archive: {
    method: 'POST',
    path: '/customers/:id/archive',
    access: 'member',
    summary: 'Archive a contact (hidden from lists, documents kept)',
    params: idParamsSchema,
    response: customerSchema,
  },
  unarchive: {
    method: 'POST',
    path: '/customers/:id/unarchive',
    access: 'member',
    summary: 'Bring an archived contact back',
    params: idParamsSchema,
    response: customerSchema,
  },
  remove: {
    method: 'DELETE',
    path: '/customers/:id',
    access: 'member',
    summary: 'Delete a contact',
    params: idParamsSchema,
  },
});
