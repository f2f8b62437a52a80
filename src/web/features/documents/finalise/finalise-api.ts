import { queryOptions, useMutation } from '@tanstack/react-query';
import {
  documentSchema,
  finalizePreviewSchema,
  type Document,
  type DocumentType,
  type FinalizeRequest,
} from '../../../../contract/index.js';
import { api } from '../../../lib/api-client';
import { DOCUMENT_API_PATHS } from '../document-types';
import { documentsKey, useStoreDocument } from '../api';

/** The number a draft would take and what must be confirmed; always asked afresh. */
export function finalizePreviewQueryOptions(
  organizationId: string,
  type: DocumentType,
  id: string,
) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'finalize-preview', id],
    queryFn: () =>
      api(`/${DOCUMENT_API_PATHS[type]}/${id}/finalize-preview`, {
        schema: finalizePreviewSchema,
      }),
    staleTime: 0,
    gcTime: 0,
  });
}

/** Finalises with what the user confirmed in the dialog. */
export function useFinalize(type: DocumentType) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: ({ id, confirm }: { id: string; confirm: FinalizeRequest }): Promise<Document> =>
      api(`/${DOCUMENT_API_PATHS[type]}/${id}/finalize`, {
        method: 'POST',
        body: confirm,
        schema: documentSchema,
      }),
    onSuccess: store,
  });
}
