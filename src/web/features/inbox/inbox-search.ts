import { z } from 'zod';
import { INBOX_STATUSES, type InboxListQuery } from '../../../contract/index.js';

export const INBOX_PAGE_SIZE = 25;

/** The inbox's state in the URL; defaults stay out of it, anything unreadable falls back. */
const inboxSearchSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  status: z.enum(INBOX_STATUSES).optional().catch(undefined),
});
export type InboxSearch = z.infer<typeof inboxSearchSchema>;

export function validateInboxSearch(search: Record<string, unknown>): InboxSearch {
  return inboxSearchSchema.parse(search);
}

export function toInboxListQuery(search: InboxSearch): InboxListQuery {
  return { page: search.page ?? 1, pageSize: INBOX_PAGE_SIZE, status: search.status };
}
