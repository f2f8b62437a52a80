import { z } from 'zod';
import { DOCUMENT_SORTS, type DocumentListQuery } from '../../../contract/index.js';
import { formatSort, parseSort, type Sort } from '../../lib/sort';

export type DocumentSortField = (typeof DOCUMENT_SORTS)[number];
export const DEFAULT_DOCUMENT_SORT: Sort<DocumentSortField> = {
  field: 'issueDate',
  direction: 'desc',
};
export const DOCUMENT_PAGE_SIZE = 25;

/** Filters of the lists: the API's statuses, plus the bin of deleted drafts. */
export const DOCUMENT_FILTERS = [
  'draft',
  'finalized',
  'sent',
  'accepted',
  'refused',
  'partiallyPaid',
  'paid',
  'overdue',
  'expired',
  'unpaid',
  'deleted',
] as const;
export type DocumentFilter = (typeof DOCUMENT_FILTERS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The list's state in the URL; defaults stay out of it, anything unreadable falls back. */
const documentSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  sort: z.string().max(40).optional().catch(undefined),
  status: z.enum(DOCUMENT_FILTERS).optional().catch(undefined),
  from: isoDate,
  to: isoDate,
});
export type DocumentSearch = z.infer<typeof documentSearchSchema>;

export function validateDocumentSearch(search: Record<string, unknown>): DocumentSearch {
  return documentSearchSchema.parse(search);
}

export function documentSort(search: DocumentSearch): Sort<DocumentSortField> {
  return parseSort(search.sort, DOCUMENT_SORTS, DEFAULT_DOCUMENT_SORT);
}

export function toDocumentListQuery(search: DocumentSearch): DocumentListQuery {
  const deleted = search.status === 'deleted';
  const status = search.status === 'deleted' ? undefined : search.status;
  return {
    page: search.page ?? 1,
    pageSize: DOCUMENT_PAGE_SIZE,
    sort: formatSort(documentSort(search)),
    q: search.q || undefined,
    status,
    from: search.from,
    to: search.to,
    deleted: deleted ? 'true' : 'false',
  };
}
