export { createLayoutService, type LayoutService } from './layout.service.js';
export { layoutRoutes } from './layout.routes.js';
export { createPdfService, type PdfService } from './pdf.service.js';
export { pdfRoutes } from './pdf.routes.js';
export { renderPdf } from './render.js';
export { buildView, type ViewInput } from './view-model.js';
export type { PdfSignature } from './view-types.js';
