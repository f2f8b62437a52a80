export { createLayoutService, type LayoutService } from './layout.service.js';
export { layoutHandlers } from './layout.routes.js';
export { createPdfService, type PdfService } from './pdf.service.js';
export { documentPdfHandlers } from './pdf.routes.js';
export { renderPdf } from './render.js';
export { buildView, type ViewInput } from './view-model.js';
export type { PdfSignature } from './view-types.js';
export * from './kit.js';
