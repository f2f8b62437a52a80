import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { inboxRoutes, type InboxDocument, type InboxListQuery } from '../../../contract/index.js';
import { call, callFile, callWithStatus, routeUrl } from '../../lib/client';
import { useMe } from '../me/me-context';
import { purchaseQueryOptions, purchasesKey } from '../purchases/api';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export const inboxKey = (organizationId: string) => ['inbox', organizationId] as const;

export function inboxListQueryOptions(organizationId: string, query: InboxListQuery) {
  return queryOptions({
    queryKey: [...inboxKey(organizationId), 'list', query],
    queryFn: () => call(inboxRoutes.list, { query }),
    placeholderData: keepPreviousData,
  });
}

/** How many received documents wait for a decision, for the navigation. One row is enough. */
export function inboxNewCountQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: [...inboxKey(organizationId), 'newCount'],
    queryFn: async () =>
      (await call(inboxRoutes.list, { query: { status: 'new', pageSize: 1 } })).total,
    staleTime: 60_000,
    refetchInterval: 60_000,
  });
}

export function inboxDocumentQueryOptions(organizationId: string, id: string) {
  return queryOptions({
    queryKey: [...inboxKey(organizationId), 'detail', id],
    queryFn: () => call(inboxRoutes.get, { params: { id } }),
  });
}

function useStoreInboxDocument() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return (document: InboxDocument | null) => {
    if (document) {
      queryClient.setQueryData(
        inboxDocumentQueryOptions(organization.id, document.id).queryKey,
        document,
      );
    }
    void queryClient.invalidateQueries({
      queryKey: inboxKey(organization.id),
      predicate: (query) => query.queryKey[2] !== 'detail',
    });
  };
}

/**
 * A UBL file the user received by other means (email, download from a supplier's portal). The
 * same document uploaded twice is the entry already there (`created: false`), not a second one.
 */
export function useUploadInboxDocument() {
  const store = useStoreInboxDocument();
  return useMutation({
    mutationFn: async (file: File) => {
      const body = new FormData();
      body.append('file', file);
      const { status, data } = await callWithStatus(inboxRoutes.upload, { body });
      return { document: data, created: status === 201 };
    },
    onSuccess: ({ document }) => store(document),
  });
}

/** Asks the access point for documents now instead of waiting for it to deliver them. */
export function usePollInbox() {
  const store = useStoreInboxDocument();
  return useMutation({
    mutationFn: () => call(inboxRoutes.poll),
    onSuccess: () => store(null),
  });
}

/** Accepting makes a purchase invoice (and the supplier, when new); the answer is that invoice. */
export function useAcceptInboxDocument(id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => call(inboxRoutes.accept, { params: { id } }),
    onSuccess: (purchase) => {
      queryClient.setQueryData(
        purchaseQueryOptions(organization.id, purchase.id).queryKey,
        purchase,
      );
      void queryClient.invalidateQueries({ queryKey: inboxKey(organization.id) });
      void queryClient.invalidateQueries({ queryKey: [...purchasesKey(organization.id), 'list'] });
      // A new supplier may have been created.
      void queryClient.invalidateQueries({ queryKey: ['customers', organization.id] });
    },
  });
}

export function useRejectInboxDocument(id: string) {
  const store = useStoreInboxDocument();
  return useMutation({
    mutationFn: (reason: string) => call(inboxRoutes.reject, { params: { id }, body: { reason } }),
    onSuccess: store,
  });
}

/** The received file as it came, or the PDF it carried (when it had one). */
export const fetchInboxFile = (id: string, kind: 'xml' | 'pdf') =>
  callFile(kind === 'xml' ? inboxRoutes.xml : inboxRoutes.pdf, { params: { id } });

/** The carried PDF's address, for the page's frame. */
export const inboxPdfUrl = (id: string) => routeUrl(inboxRoutes.pdf, { params: { id } });
