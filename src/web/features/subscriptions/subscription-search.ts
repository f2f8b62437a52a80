import { z } from 'zod';
import { SUBSCRIPTION_SORTS, type SubscriptionListQuery } from '../../../contract/index.js';
import { formatSort, parseSort, type Sort } from '../../lib/sort';

export type SubscriptionSortField = (typeof SUBSCRIPTION_SORTS)[number];
export const DEFAULT_SUBSCRIPTION_SORT: Sort<SubscriptionSortField> = {
  field: 'nextRun',
  direction: 'asc',
};
export const SUBSCRIPTION_PAGE_SIZE = 25;
export const SUBSCRIPTION_FILTERS = ['all', 'active', 'paused', 'ended'] as const;
export type SubscriptionFilter = (typeof SUBSCRIPTION_FILTERS)[number];

/** The list's state in the URL; defaults stay out of it, anything unreadable falls back. */
const subscriptionSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  sort: z.string().max(40).optional().catch(undefined),
  status: z.enum(['active', 'paused', 'ended']).optional().catch(undefined),
});
export type SubscriptionSearch = z.infer<typeof subscriptionSearchSchema>;

export function validateSubscriptionSearch(search: Record<string, unknown>): SubscriptionSearch {
  return subscriptionSearchSchema.parse(search);
}

export function subscriptionSort(search: SubscriptionSearch): Sort<SubscriptionSortField> {
  return parseSort(search.sort, SUBSCRIPTION_SORTS, DEFAULT_SUBSCRIPTION_SORT);
}

export function toSubscriptionListQuery(search: SubscriptionSearch): SubscriptionListQuery {
  return {
    page: search.page ?? 1,
    pageSize: SUBSCRIPTION_PAGE_SIZE,
    sort: formatSort(subscriptionSort(search)),
    q: search.q || undefined,
    status: search.status,
  };
}
