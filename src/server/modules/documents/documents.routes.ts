import { z } from 'zod';
import {
  convertQuoteRequestSchema,
  creditNoteRequestSchema,
  documentInputSchema,
  documentListQuerySchema,
  documentPageSchema,
  documentSchema,
  finalizePreviewSchema,
  finalizeRequestSchema,
  idParamsSchema,
  type Document,
  type DocumentType,
} from '../../../contract/index.js';
import { actorOf, authOf, requireModules } from '../../platform/auth/actor.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import { DOCUMENT_KINDS } from './document-kinds.js';
import { documentForReader } from './document-reader.js';
import type { DocumentsService } from './documents.service.js';

const errors = errorResponses;

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

/** The same routes for each document type, under its own path and module permission. */
export function documentRoutes(app: Api, deps: { documents: DocumentsService }): void {
  for (const type of Object.keys(DOCUMENT_KINDS) as DocumentType[]) {
    const { path, module } = DOCUMENT_KINDS[type];
    const base = `/api/v1/${path}`;
    const tags = [path];
    const config = { access: module };

    app.get(base, {
      config,
      schema: {
        tags,
        summary: `List ${path}: status, customer, dates, search, sorting, pages`,
        querystring: documentListQuerySchema,
        response: { 200: documentPageSchema, ...errors },
      },
      handler: async (request) =>
        deps.documents.list(authOf(request).organizationId, type, request.query),
    });

    app.post(base, {
      config,
      schema: {
        tags,
        summary: `Create a draft (accepts Idempotency-Key)`,
        headers: idempotencyHeaders,
        body: documentInputSchema,
        response: { 201: documentSchema, ...errors },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(
            documentForReader(
              authOf(request),
              await deps.documents.create(
                actorOf(request),
                type,
                request.body,
                request.headers['idempotency-key'],
              ),
            ),
          ),
    });

    app.get(`${base}/:id`, {
      config,
      schema: {
        tags,
        summary: 'One document with its lines, VAT breakdown and totals',
        params: idParamsSchema,
        response: { 200: documentSchema, ...errors },
      },
      handler: async (request) =>
        documentForReader(
          authOf(request),
          await deps.documents.get(authOf(request).organizationId, type, request.params.id),
        ),
    });

    app.put(`${base}/:id`, {
      config,
      schema: {
        tags,
        summary: 'Replace a draft (lines included; accepts If-Match)',
        params: idParamsSchema,
        headers: draftVersionHeaders,
        body: documentInputSchema,
        response: { 200: documentSchema, ...errors },
      },
      handler: async (request) =>
        documentForReader(
          authOf(request),
          await deps.documents.update(
            actorOf(request),
            type,
            request.params.id,
            request.body,
            request.headers['if-match'],
          ),
        ),
    });

    app.delete(`${base}/:id`, {
      config,
      schema: {
        tags,
        summary: 'Delete a draft (soft; restorable)',
        params: idParamsSchema,
        response: { 204: z.null(), ...errors },
      },
      handler: async (request, reply) => {
        await deps.documents.remove(actorOf(request), type, request.params.id);
        return reply.code(204).send(null);
      },
    });

    const action = (
      name: string,
      summary: string,
      run: (id: string, request: Parameters<typeof actorOf>[0]) => Promise<Document>,
    ) =>
      app.post(`${base}/:id/${name}`, {
        config,
        schema: {
          tags,
          summary,
          params: idParamsSchema,
          response: { 200: documentSchema, ...errors },
        },
        handler: async (request) =>
          documentForReader(authOf(request), await run(request.params.id, request)),
      });
    action('restore', 'Bring a deleted draft back', (id, request) =>
      deps.documents.restore(actorOf(request), type, id),
    );
    app.post(`${base}/:id/finalize`, {
      config,
      schema: {
        tags,
        summary:
          'Number and lock the document (gapless per journal and fiscal year); a zero-total invoice and the 6 % rate for a VAT-registered customer must be confirmed',
        params: idParamsSchema,
        body: finalizeRequestSchema.nullish(),
        response: { 200: documentSchema, ...errors },
      },
      handler: async (request) =>
        deps.documents.finalize(actorOf(request), type, request.params.id, request.body ?? {}),
    });
    app.get(`${base}/:id/finalize-preview`, {
      config,
      schema: {
        tags,
        summary:
          'The number finalising this draft now would take, and what must be confirmed (nothing is consumed)',
        params: idParamsSchema,
        response: { 200: finalizePreviewSchema, ...errors },
      },
      handler: async (request) =>
        deps.documents.finalizePreview(authOf(request).organizationId, type, request.params.id),
    });
    action('mark-sent', 'Record that the document was sent', (id, request) =>
      deps.documents.transition(actorOf(request), type, id, 'sent'),
    );
    action('duplicate', 'Copy into a new draft', (id, request) =>
      deps.documents.duplicate(actorOf(request), type, id),
    );
    if (type === 'quote') {
      action('accept', 'The customer accepted the quote', (id, request) =>
        deps.documents.transition(actorOf(request), type, id, 'accepted'),
      );
      action('refuse', 'The customer refused the quote', (id, request) =>
        deps.documents.transition(actorOf(request), type, id, 'refused'),
      );
    }
  }

  // Reads the quote; writes a quote, or an invoice (`to: invoice | deposit`: invoices too).
  app.post('/api/v1/quotes/:id/convert', {
    config: { access: 'quotes' },
    schema: {
      tags: ['quotes'],
      summary: 'Copy a quote to a new quote, an invoice (deposits deducted) or a deposit invoice',
      params: idParamsSchema,
      body: convertQuoteRequestSchema,
      response: { 200: documentSchema, ...errors },
    },
    handler: async (request) => {
      requireModules(request, request.body.to === 'quote' ? ['quotes'] : ['quotes', 'invoices']);
      return documentForReader(
        authOf(request),
        await deps.documents.convertQuote(actorOf(request), request.params.id, request.body),
      );
    },
  });

  // Reads the invoice, writes a credit note.
  app.post('/api/v1/invoices/:id/credit-note', {
    config: { access: ['invoices', 'creditNotes'] },
    schema: {
      tags: ['invoices'],
      summary: 'Correct a finalized invoice with a credit note of all or some lines',
      params: idParamsSchema,
      body: creditNoteRequestSchema,
      response: { 200: documentSchema, ...errors },
    },
    handler: async (request) =>
      documentForReader(
        authOf(request),
        await deps.documents.creditNote(actorOf(request), request.params.id, request.body),
      ),
  });
}
