import { z } from 'zod';
import { PURCHASE_STATUSES, type PurchaseListQuery } from '../../../contract/index.js';

export const PURCHASE_PAGE_SIZE = 25;

/** The list's state in the URL; defaults stay out of it, anything unreadable falls back. */
const purchaseSearchSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  status: z.enum(PURCHASE_STATUSES).optional().catch(undefined),
});
export type PurchaseSearch = z.infer<typeof purchaseSearchSchema>;

export function validatePurchaseSearch(search: Record<string, unknown>): PurchaseSearch {
  return purchaseSearchSchema.parse(search);
}

export function toPurchaseListQuery(search: PurchaseSearch): PurchaseListQuery {
  return { page: search.page ?? 1, pageSize: PURCHASE_PAGE_SIZE, status: search.status };
}
