import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  documentPdfRoutes,
  documentRoutes,
  invoiceRoutes,
  quoteRoutes,
  type convertQuoteRequestSchema,
  type creditNoteRequestSchema,
  type Document,
  type DocumentInput,
  type DocumentListQuery,
  type DocumentType,
} from '../../../contract/index.js';
import { call, routeUrl } from '../../lib/client';
import { useMe } from '../me/me-context';

export type ConvertQuoteRequest = z.input<typeof convertQuoteRequestSchema>;
export type CreditNoteRequest = z.input<typeof creditNoteRequestSchema>;

/**
 * Keyed by organization: after a switch, nothing of the previous company can show. One key for
 * all three types, because actions cross them (a quote becomes an invoice, an invoice a credit
 * note) and every list must then refresh.
 */
export const documentsKey = (organizationId: string) => ['documents', organizationId] as const;

export function documentListQueryOptions(
  organizationId: string,
  type: DocumentType,
  query: DocumentListQuery,
) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'list', type, query],
    queryFn: () => call(documentRoutes[type].list, { query }),
    placeholderData: keepPreviousData,
  });
}

export function documentQueryOptions(organizationId: string, type: DocumentType, id: string) {
  return queryOptions({
    queryKey: [...documentsKey(organizationId), 'detail', id],
    queryFn: () => call(documentRoutes[type].get, { params: { id } }),
  });
}

/**
 * Stores a document the server returned and marks lists, balances and linked documents as
 * outdated (a conversion changes its quote's links, a payment the account balances).
 */
export function useStoreDocument() {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return (document: Document) => {
    queryClient.setQueryData(
      documentQueryOptions(organization.id, document.type, document.id).queryKey,
      document,
    );
    void queryClient.invalidateQueries({
      queryKey: documentsKey(organization.id),
      predicate: (query) => query.queryKey[3] !== document.id,
    });
    void queryClient.invalidateQueries({ queryKey: ['invoiceBalance', organization.id] });
    void queryClient.invalidateQueries({ queryKey: ['paymentAccounts', organization.id] });
    void queryClient.invalidateQueries({ queryKey: ['journals', organization.id] });
  };
}

/**
 * Creates a draft or replaces one. A creation carries the editor session's idempotency key, so a
 * double click or a retry after a lost answer never makes two documents.
 */
/**
 * Creates or replaces a draft. With `versionRef` (the draft's `updatedAt` as last read, kept up to
 * date here), a save over a version changed elsewhere is refused (409 `editConflict`) instead of
 * overwriting another tab's or colleague's work.
 */
export function useSaveDocument(
  type: DocumentType,
  id: string | null,
  idempotencyKey: string,
  versionRef?: { current: string | null },
) {
  const store = useStoreDocument();
  const routes = documentRoutes[type];
  return useMutation({
    mutationFn: (body: DocumentInput) =>
      id
        ? call(routes.update, {
            params: { id },
            body,
            headers: ifMatch(versionRef),
          })
        : call(routes.create, { body, headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: (saved) => {
      if (versionRef) versionRef.current = saved.updatedAt;
      store(saved);
    },
  });
}

/** The draft's version as last read, for a save that must not overwrite another one. */
export function ifMatch(versionRef?: { current: string | null }): Record<string, string> {
  return versionRef?.current ? { 'If-Match': `"${versionRef.current}"` } : {};
}

export type DocumentAction =
  'finalize' | 'mark-sent' | 'duplicate' | 'accept' | 'refuse' | 'restore';

/** The one-click transitions; each answers with the document it produced or changed. */
export function useDocumentAction(type: DocumentType, id: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (action: DocumentAction): Promise<Document> => {
      const routes = documentRoutes[type];
      const params = { id };
      switch (action) {
        case 'finalize':
          return call(routes.finalize, { params, body: {} });
        case 'mark-sent':
          return call(routes.markSent, { params });
        case 'duplicate':
          return call(routes.duplicate, { params });
        case 'restore':
          return call(routes.restore, { params });
        case 'accept':
          return call(quoteRoutes.accept, { params });
        case 'refuse':
          return call(quoteRoutes.refuse, { params });
      }
    },
    onSuccess: store,
  });
}

export function useDeleteDocument(type: DocumentType, id: string) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  return useMutation({
    mutationFn: () => call(documentRoutes[type].remove, { params: { id } }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: documentsKey(organization.id) }),
  });
}

/**
 * Brings a deleted draft back. A plain function rather than a hook: it is called from a
 * notification, after the page that deleted the draft is gone.
 */
export function restoreDocument(type: DocumentType, id: string): Promise<Document> {
  return call(documentRoutes[type].restore, { params: { id } });
}

/** A quote copied to a new quote, an invoice or a deposit invoice. */
export function useConvertQuote(quoteId: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (body: ConvertQuoteRequest) =>
      call(quoteRoutes.convert, { params: { id: quoteId }, body }),
    onSuccess: store,
  });
}

export function useCreateCreditNote(invoiceId: string) {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: (body: CreditNoteRequest) =>
      call(invoiceRoutes.creditNote, { params: { id: invoiceId }, body }),
    onSuccess: store,
  });
}

/** Where the PDF of a document is served (same origin, so it can be framed and downloaded). */
export function documentPdfUrl(type: DocumentType, id: string): string {
  return routeUrl(documentPdfRoutes[type].pdf, { params: { id } });
}
