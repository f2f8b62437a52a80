import { z } from 'zod';
import { idParamsSchema } from '../customers.js';
import {
  priceUpdateRequestSchema,
  priceUpdateResultSchema,
  productGroupInputSchema,
  productGroupSchema,
  productInputSchema,
  productListQuerySchema,
  productPageSchema,
  productSchema,
} from '../products.js';

import { defineRoutes } from './define.js';

/** Products and their groups are open to every user of an organization. */
export const productRoutes = defineRoutes('products', {
  list: {
    method: 'GET',
    path: '/products',
    access: 'member',
    summary: 'List products: search (code, names, EAN), group and active filters, sorting, pages',
    query: productListQuerySchema,
    response: productPageSchema,
  },
  create: {
    method: 'POST',
    path: '/products',
    access: 'member',
    summary: 'Create a product',
    body: productInputSchema,
    response: productSchema,
    status: 201,
  },
  updatePrices: {
    method: 'POST',
    path: '/products/price-update',
    access: 'member',
    summary:
      'Change the prices of a selection or a group by a percentage (preview first, then apply)',
    body: priceUpdateRequestSchema,
    response: priceUpdateResultSchema,
  },
  get: {
    method: 'GET',
    path: '/products/:id',
    access: 'member',
    summary: 'One product',
    params: idParamsSchema,
    response: productSchema,
  },
  update: {
    method: 'PUT',
    path: '/products/:id',
    access: 'member',
    summary: 'Replace a product',
    params: idParamsSchema,
    body: productInputSchema,
    response: productSchema,
  },
  remove: {
    method: 'DELETE',
    path: '/products/:id',
    access: 'member',
    summary: 'Delete a product',
    params: idParamsSchema,
  },
  listGroups: {
    method: 'GET',
    path: '/product-groups',
    access: 'member',
    summary: 'All product groups with their product counts',
    response: z.array(productGroupSchema),
  },
  createGroup: {
    method: 'POST',
    path: '/product-groups',
    access: 'member',
    summary: 'Create a product group',
    body: productGroupInputSchema,
    response: productGroupSchema,
    status: 201,
  },
  updateGroup: {
    method: 'PUT',
    path: '/product-groups/:id',
    access: 'member',
    summary: 'Rename or change a product group',
    params: idParamsSchema,
    body: productGroupInputSchema,
    response: productGroupSchema,
  },
  removeGroup: {
    method: 'DELETE',
    path: '/product-groups/:id',
    access: 'member',
    summary: 'Delete an empty product group',
    params: idParamsSchema,
  },
});
