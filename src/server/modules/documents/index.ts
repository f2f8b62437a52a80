export { documentHandlers, invoiceHandlers, quoteHandlers } from './documents.routes.js';
export { createDocumentsService, type DocumentsService } from './documents.service.js';
export { asFieldErrors } from './document-errors.js';
export { journalHandlers } from './journals.routes.js';
export { acceptSignedQuote } from './quote-signing.js';
export { DOCUMENT_KINDS } from './document-kinds.js';
export {
  createDefaultJournals,
  createJournalsService,
  type JournalsService,
} from './journals.service.js';
export * from './pdf/index.js';
export { sellerAsIssued } from './seller-accounts.js';
export { tagValuesOf } from './document-tags.js';
