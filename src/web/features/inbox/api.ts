import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  inboxDocumentSchema,
  inboxPageSchema,
  purchaseInvoiceSchema,
  type InboxDocument,
  type InboxListQuery,
} from '../../../contract/index.js';
import { api, apiWithStatus } from '../../lib/api-client';
import { toQueryString } from '../../lib/search-params';
import { useMe } from '../me/me-context';
import { purchaseQueryOptions, purchasesKey } from '../purchases/api';

/** Keyed by organization: after a switch, nothing of the previous company can show. */
export const inboxKey = (organizationId: string) => ['inbox', organizationId] as const;

export function inboxListQueryOptions(organizationId: string, query: InboxListQuery) {
  return queryOptions({
    queryKey: [...inboxKey(organizationId), 'list', query],
    queryFn: () => api(`/inbox?${toQueryString(query)}`, { schema: inboxPageSchema }),
    placeholderData: keepPreviousData,
  });
}

/** How many received documents wait for a decision, for the navigation. One row is enough. */
export function inboxNewCountQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: [...inboxKey(organizationId), 'newCount'],
    queryFn: async () =>
      (await api('/inbox?status=new&pageSize=1', { schema: inboxPageSchema })).total,
    staleTime: 60_000,
    refetchInterval: 60_000,
  });
}

export function inboxDocumentQueryOptions(organizationId: string, id: string) {
  return queryOptions({
    queryKey: [...inboxKey(organizationId), 'detail', id],
    queryFn: () => api(`/inbox/${id}`, { schema: inboxDocumentSchema }),
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
      const { status, data } = await apiWithStatus('/inbox', {
        method: 'POST',
        body,
        schema: inboxDocumentSchema,
      });
      return { document: data, created: status === 201 };
    },
    onSuccess: ({ document }) => store(document),
  });
}

const pollResultSchema = z.object({ received: z.number().int() });

/** Asks the access point for documents now instead of waiting for it to deliver them. */
export function usePollInbox() {
  const store = useStoreInboxDocument();
  return useMutation({
    mutationFn: () => api('/inbox/poll', { method: 'POST', schema: pollResultSchema }),
    onSuccess: () => store(null),
  });
}

/** Accepting makes a purchase invoice (and the supplier, when new); the answer is that invoice. */
export function useAcceptInboxDocument(id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => api(`/inbox/${id}/accept`, { method: 'POST', schema: purchaseInvoiceSchema }),
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
    mutationFn: (reason: string) =>
      api(`/inbox/${id}/reject`, {
        method: 'POST',
        body: { reason },
        schema: inboxDocumentSchema,
      }),
    onSuccess: store,
  });
}

/** The received file as it came, and the PDF it carried (when it had one). */
export const inboxXmlPath = (id: string) => `/inbox/${id}/xml`;
export const inboxPdfPath = (id: string) => `/inbox/${id}/pdf`;
