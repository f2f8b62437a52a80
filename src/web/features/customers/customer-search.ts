import { z } from 'zod';
import { CUSTOMER_SORTS, type CustomerListQuery } from '../../../contract/index.js';
import { formatSort, parseSort, type Sort } from '../../lib/sort';

export type CustomerSortField = (typeof CUSTOMER_SORTS)[number];
export const DEFAULT_CUSTOMER_SORT: Sort<CustomerSortField> = { field: 'name', direction: 'asc' };
export const CUSTOMER_PAGE_SIZE = 25;

/**
 * The list's state in the URL, so a search can be bookmarked, shared and restored with the back
 * button. Defaults stay out of the URL; anything unreadable falls back to them.
 */
const customerSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  sort: z.string().max(40).optional().catch(undefined),
  role: z.enum(['customer', 'supplier', 'prospect']).optional().catch(undefined),
  archived: z.enum(['true', 'all']).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
});
export type CustomerSearch = z.infer<typeof customerSearchSchema>;

export function validateCustomerSearch(search: Record<string, unknown>): CustomerSearch {
  return customerSearchSchema.parse(search);
}

export function customerSort(search: CustomerSearch): Sort<CustomerSortField> {
  return parseSort(search.sort, CUSTOMER_SORTS, DEFAULT_CUSTOMER_SORT);
}

export function toCustomerListQuery(search: CustomerSearch): CustomerListQuery {
  return {
    page: search.page ?? 1,
    pageSize: CUSTOMER_PAGE_SIZE,
    sort: formatSort(customerSort(search)),
    q: search.q || undefined,
    role: search.role,
    archived: search.archived ?? 'false',
    country: search.country,
  };
}
