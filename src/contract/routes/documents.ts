import { z } from 'zod';
import {
  DOCUMENT_KIND_ACCESS,
  documentListQuerySchemaOf,
  perDocumentKind,
  STATUS_ACTIONS,
} from '../document-kinds.js';
import {
  convertQuoteRequestSchema,
  creditNoteRequestSchema,
  documentInputSchema,
  documentPageSchema,
  documentSchema,
  finalizePreviewSchema,
  finalizeRequestSchema,
  journalInputSchema,
  journalSchema,
} from '../documents.js';
import { idParamsSchema } from '../customers.js';
import { defineRoutes } from './define.js';

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(200)
    .optional()
    .describe('A retried request with the same key creates nothing new'),
});

const draftVersionHeaders = z.object({
  'if-match': z
    .string()
    .max(100)
    .optional()
    .describe(
      "The draft's `updatedAt` as last read: refused with 409 `editConflict` if it changed since",
    ),
});

/**
 * The same routes for each document type, under its own path and module permission:
 * `call(documentRoutes[type].finalize, …)`.
 */
export const documentRoutes = perDocumentKind((type, { path, module }) =>
  defineRoutes(path, {
    list: {
      method: 'GET',
      path: `/${path}`,
      access: module,
      summary: `List ${path}: status, customer, dates, search, sorting, pages`,
      query: documentListQuerySchemaOf(type),
      response: documentPageSchema,
    },
    create: {
      method: 'POST',
      path: `/${path}`,
      access: module,
      summary: 'Create a draft (accepts Idempotency-Key)',
      headers: idempotencyHeaders,
      body: documentInputSchema,
      response: documentSchema,
      status: 201,
    },
    get: {
      method: 'GET',
      path: `/${path}/:id`,
      access: module,
      summary: 'One document with its lines, VAT breakdown and totals',
      params: idParamsSchema,
      response: documentSchema,
    },
    update: {
      method: 'PUT',
      path: `/${path}/:id`,
      access: module,
      summary: 'Replace a draft (lines included; accepts If-Match)',
      params: idParamsSchema,
      headers: draftVersionHeaders,
      body: documentInputSchema,
      response: documentSchema,
    },
    remove: {
      method: 'DELETE',
      path: `/${path}/:id`,
      access: module,
      summary: 'Delete a draft (soft; restorable)',
      params: idParamsSchema,
    },
    restore: {
      method: 'POST',
      path: `/${path}/:id/restore`,
      access: module,
      summary: 'Bring a deleted draft back',
      params: idParamsSchema,
      response: documentSchema,
    },
    finalize: {
      method: 'POST',
      path: `/${path}/:id/finalize`,
      access: module,
      summary:
        'Number and lock the document (gapless per journal and fiscal year); a zero-total invoice and the 6 % rate for a VAT-registered customer must be confirmed. With `draft`, saves the draft first in the same transaction (accepts If-Match)',
      params: idParamsSchema,
      headers: draftVersionHeaders,
      body: finalizeRequestSchema.nullish(),
      response: documentSchema,
    },
    finalizePreview: {
      method: 'GET',
      path: `/${path}/:id/finalize-preview`,
      access: module,
      summary:
        'The number finalising this draft now would take, and what must be confirmed (nothing is consumed)',
      params: idParamsSchema,
      response: finalizePreviewSchema,
    },
    markSent: {
      method: 'POST',
      path: `/${path}/:id/${STATUS_ACTIONS.sent}`,
      access: module,
      summary: 'Record that the document was sent',
      params: idParamsSchema,
      response: documentSchema,
    },
    duplicate: {
      method: 'POST',
      path: `/${path}/:id/duplicate`,
      access: module,
      summary: 'Copy into a new draft',
      params: idParamsSchema,
      response: documentSchema,
    },
  }),
);

const quotes = DOCUMENT_KIND_ACCESS.quote;
const invoices = DOCUMENT_KIND_ACCESS.invoice;

/** What only quotes do: the customer's answer, and becoming another document. */
export const quoteRoutes = defineRoutes(quotes.path, {
  accept: {
    method: 'POST',
    path: `/${quotes.path}/:id/${STATUS_ACTIONS.accepted}`,
    access: quotes.module,
    summary: 'The customer accepted the quote',
    params: idParamsSchema,
    response: documentSchema,
  },
  refuse: {
    method: 'POST',
    path: `/${quotes.path}/:id/${STATUS_ACTIONS.refused}`,
    access: quotes.module,
    summary: 'The customer refused the quote',
    params: idParamsSchema,
    response: documentSchema,
  },
  /** Reads the quote; writes a quote, or an invoice (`to: invoice | deposit`: invoices too). */
  convert: {
    method: 'POST',
    path: `/${quotes.path}/:id/convert`,
    access: quotes.module,
    summary: 'Copy a quote to a new quote, an invoice (deposits deducted) or a deposit invoice',
    params: idParamsSchema,
    body: convertQuoteRequestSchema,
    response: documentSchema,
  },
});

/** What only invoices do: be corrected by a credit note (reads the invoice, writes a credit note). */
export const invoiceRoutes = defineRoutes(invoices.path, {
  creditNote: {
    method: 'POST',
    path: `/${invoices.path}/:id/credit-note`,
    access: [invoices.module, DOCUMENT_KIND_ACCESS.creditNote.module],
    summary: 'Correct a finalized invoice with a credit note of all or some lines',
    params: idParamsSchema,
    body: creditNoteRequestSchema,
    response: documentSchema,
  },
});

/** Numbering journals: read by every member (the editor picks one), changed in the settings. */
export const journalRoutes = defineRoutes('journals', {
  list: {
    method: 'GET',
    path: '/journals',
    access: 'member',
    summary: 'Numbering journals with their next number',
    response: z.array(journalSchema),
  },
  create: {
    method: 'POST',
    path: '/journals',
    access: 'settings',
    summary: 'Create a journal',
    body: journalInputSchema,
    response: journalSchema,
    status: 201,
  },
  update: {
    method: 'PUT',
    path: '/journals/:id',
    access: 'settings',
    summary: 'Change a journal; nextNumber continues a series',
    params: idParamsSchema,
    body: journalInputSchema,
    response: journalSchema,
  },
});
