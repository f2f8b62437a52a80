import { queryOptions, useMutation } from '@tanstack/react-query';
import {
  documentRoutes,
  type Document,
  type DocumentType,
  type FinalizeRequest,
} from '../../../../contract/index.js';
import { call } from '../../../lib/client';
import { documentsKey, useStoreDocument } from '../api';

/** The number a draft would take and what must be confirmed; always asked afresh. */
export function finalizePreviewQueryOptions(
  organizationId: string,
  type: DocumentType,
  id: string,
) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'finalize-preview', id],
    queryFn: () => call(documentRoutes[type].finalizePreview, { params: { id } }),
    staleTime: 0,
    gcTime: 0,
  });
}

/**
 * Finalises with what the user confirmed in the dialog. With `confirm.draft` (the editor's
 * "save and finalise"), the server saves the draft and numbers it in one transaction; `headers`
 * then carries the draft's If-Match.
 */
export function useFinalize(type: DocumentType) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: ({
      id,
      confirm,
      headers,
    }: {
      id: string;
      confirm: FinalizeRequest;
      headers?: Record<string, string>;
    }): Promise<Document> =>
      call(documentRoutes[type].finalize, { params: { id }, body: confirm, headers }),
    onSuccess: store,
  });
}
