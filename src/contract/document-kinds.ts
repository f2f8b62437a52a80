import type { Module } from './auth.js';
import type { DocumentType } from './documents.js';

/**
 * What the server and the web app both need of each document type: its path under `/api/v1`
 * (and in the app) and the module that grants access to it. The server's `DOCUMENT_KINDS` adds
 * how it is stored and numbered; routes, links and the web's paths follow from this one entry.
 */
export const DOCUMENT_KIND_ACCESS = {
  quote: { path: 'quotes', module: 'quotes' },
  invoice: { path: 'invoices', module: 'invoices' },
  creditNote: { path: 'credit-notes', module: 'creditNotes' },
} as const satisfies Record<DocumentType, { path: string; module: Module }>;

export type DocumentPath = (typeof DOCUMENT_KIND_ACCESS)[DocumentType]['path'];

/** Builds one table per document type from a definition that takes the type. */
export function perDocumentKind<T>(
  build: (type: DocumentType, kind: { path: DocumentPath; module: Module }) => T,
): Record<DocumentType, T> {
  return {
    quote: build('quote', DOCUMENT_KIND_ACCESS.quote),
    invoice: build('invoice', DOCUMENT_KIND_ACCESS.invoice),
    creditNote: build('creditNote', DOCUMENT_KIND_ACCESS.creditNote),
  };
}
