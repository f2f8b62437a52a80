import { z } from 'zod';

/** The page in the URL: a whole number from 1; anything unreadable means page 1. */
export const PAGE_PARAM = {
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
};

/**
 * The params a searchable, sortable list keeps in the URL (`?q=…&page=2&sort=name:desc`), to
 * spread into a route's search schema. Defaults stay out of the URL; anything unreadable falls
 * back to them.
 */
export const LIST_PARAMS = {
  q: z.string().trim().max(200).optional().catch(undefined),
  ...PAGE_PARAM,
  sort: z.string().max(40).optional().catch(undefined),
};

/** Rows a page, on every server-paginated list. */
export const LIST_PAGE_SIZE = 25;

/** The answer of a server-paginated list endpoint. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
