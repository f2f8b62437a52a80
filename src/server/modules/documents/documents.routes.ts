import type { documentRoutes, invoiceRoutes, quoteRoutes } from '../../../contract/index.js';
import { type DocumentType } from '../../../contract/index.js';
import { DOCUMENT_KINDS } from './document-kinds.js';
import { actorOf, authOf, requireModules } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import { documentForReader } from './document-reader.js';
import type { DocumentsService } from './documents.service.js';

interface Deps {
  documents: DocumentsService;
}

/** The handlers of `documentRoutes[type]` (src/contract/routes/documents.ts), one set per type. */
export function documentHandlers(
  type: DocumentType,
  { documents }: Deps,
): Handlers<(typeof documentRoutes)[DocumentType]> {
  return {
    list: async (request) => documents.list(authOf(request).organizationId, type, request.query),

    create: async (request) =>
      documentForReader(
        authOf(request),
        await documents.create(
          actorOf(request),
          type,
          request.body,
          request.headers['idempotency-key'],
        ),
      ),

    get: async (request) =>
      documentForReader(
        authOf(request),
        await documents.get(authOf(request).organizationId, type, request.params.id),
      ),

    update: async (request) =>
      documentForReader(
        authOf(request),
        await documents.update(
          actorOf(request),
          type,
          request.params.id,
          request.body,
          request.headers['if-match'],
        ),
      ),

    remove: async (request) => documents.remove(actorOf(request), type, request.params.id),

    restore: async (request) =>
      documentForReader(
        authOf(request),
        await documents.restore(actorOf(request), type, request.params.id),
      ),

    finalize: async (request) =>
      documents.finalize(
        actorOf(request),
        type,
        request.params.id,
        request.body ?? {},
        request.headers['if-match'],
      ),

    finalizePreview: async (request) =>
      documents.finalizePreview(authOf(request).organizationId, type, request.params.id),

    markSent: async (request) =>
      documentForReader(
        authOf(request),
        await documents.transition(actorOf(request), type, request.params.id, 'sent'),
      ),

    duplicate: async (request) =>
      documentForReader(
        authOf(request),
        await documents.duplicate(actorOf(request), type, request.params.id),
      ),
  };
}

export function quoteHandlers({ documents }: Deps): Handlers<typeof quoteRoutes> {
  return {
    accept: async (request) =>
      documentForReader(
        authOf(request),
        await documents.transition(actorOf(request), 'quote', request.params.id, 'accepted'),
      ),

    refuse: async (request) =>
      documentForReader(
        authOf(request),
        await documents.transition(actorOf(request), 'quote', request.params.id, 'refused'),
      ),

    convert: async (request) => {
      // Becoming an invoice writes invoices too; a copy stays within quotes.
      const target = request.body.to === 'quote' ? 'quote' : 'invoice';
      requireModules(request, [
        ...new Set([DOCUMENT_KINDS.quote.module, DOCUMENT_KINDS[target].module]),
      ]);
      return documentForReader(
        authOf(request),
        await documents.convertQuote(actorOf(request), request.params.id, request.body),
      );
    },
  };
}

export function invoiceHandlers({ documents }: Deps): Handlers<typeof invoiceRoutes> {
  return {
    creditNote: async (request) =>
      documentForReader(
        authOf(request),
        await documents.creditNote(actorOf(request), request.params.id, request.body),
      ),
  };
}
