export * from './define.js';
export { customerRoutes } from './customers.js';
export { documentRoutes, invoiceRoutes, journalRoutes, quoteRoutes } from './documents.js';
export { documentPdfRoutes, layoutRoutes } from './pdf.js';
export { documentLinkRoutes, linkSettingsRoutes, publicDocumentRoutes } from './links.js';
