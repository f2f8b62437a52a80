export { documentRoutes } from './documents.routes.js';
export { createDocumentsService, type DocumentsService } from './documents.service.js';
export { journalRoutes } from './journals.routes.js';
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
} from './pdf/index.js';
