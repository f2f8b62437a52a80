import { z } from 'zod';
import { PRODUCT_SORTS, type ProductListQuery } from '../../../contract/index.js';
import { formatSort, parseSort, type Sort } from '../../lib/sort';

export type ProductSortField = (typeof PRODUCT_SORTS)[number];
export const DEFAULT_PRODUCT_SORT: Sort<ProductSortField> = { field: 'code', direction: 'asc' };
export const PRODUCT_PAGE_SIZE = 25;

/** The list's state in the URL; defaults stay out of it, anything unreadable falls back. */
const productSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  sort: z.string().max(40).optional().catch(undefined),
  groupId: z.uuid().optional().catch(undefined),
  active: z.enum(['false', 'all']).optional().catch(undefined),
});
export type ProductSearch = z.infer<typeof productSearchSchema>;

export function validateProductSearch(search: Record<string, unknown>): ProductSearch {
  return productSearchSchema.parse(search);
}

export function productSort(search: ProductSearch): Sort<ProductSortField> {
  return parseSort(search.sort, PRODUCT_SORTS, DEFAULT_PRODUCT_SORT);
}

export function toProductListQuery(search: ProductSearch): ProductListQuery {
  return {
    page: search.page ?? 1,
    pageSize: PRODUCT_PAGE_SIZE,
    sort: formatSort(productSort(search)),
    q: search.q || undefined,
    groupId: search.groupId,
    active: search.active ?? 'true',
  };
}
