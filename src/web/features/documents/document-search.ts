import { z } from 'zod';
import {
  DOCUMENT_LIST_STATUSES,
  DOCUMENT_SORTS,
  isListFilterOf,
  type DocumentListQuery,
  type DocumentType,
} from '../../../contract/index.js';
import { formatSort, parseSort, type Sort } from '../../lib/sort';

export type DocumentSortField = (typeof DOCUMENT_SORTS)[number];
export const DEFAULT_DOCUMENT_SORT: Sort<DocumentSortField> = {
  field: 'issueDate',
  direction: 'desc',
};
export const DOCUMENT_PAGE_SIZE = 25;

/** Filters of the lists: the API's statuses, plus the bin of deleted drafts. */
export const DOCUMENT_FILTERS = [...DOCUMENT_LIST_STATUSES, 'deleted'] as const;
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

/** The API query of a kind's list; a status its kind does not filter by (typed in the URL) is dropped. */
export function toDocumentListQuery(type: DocumentType, search: DocumentSearch): DocumentListQuery {
  const deleted = search.status === 'deleted';
  const status =
    search.status && search.status !== 'deleted' && isListFilterOf(type, search.status)
      ? search.status
      : undefined;
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
