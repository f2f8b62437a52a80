export { documentRoutes } from './documents.routes.js';
export { createDocumentsService, type DocumentsService } from './documents.service.js';
export { asFieldErrors } from './document-errors.js';
export { journalRoutes } from './journals.routes.js';
export { acceptSignedQuote } from './quote-signing.js';
export { DOCUMENT_KINDS } from './document-kinds.js';
export {
  createDefaultJournals,
  createJournalsService,
  type JournalsService,
} from './journals.service.js';
export {
  createLayoutService,
  createPdfService,
  layoutRoutes,
  pdfRoutes,
  type LayoutService,
  type PdfService,
  type PdfSignature,
} from './pdf/index.js';
