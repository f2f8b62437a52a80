import { perDocumentKind } from '../document-kinds.js';
import { idParamsSchema } from '../customers.js';
import { layoutInputSchema, layoutPreviewQuerySchema, layoutSchema } from '../layout.js';
import { defineRoutes } from './define.js';

/** `GET /{quotes|invoices|credit-notes}/:id/pdf`, guarded by the type's module. */
export const documentPdfRoutes = perDocumentKind((_type, { path, module }) =>
  defineRoutes(path, {
    pdf: {
      method: 'GET',
      path: `/${path}/:id/pdf`,
      access: module,
      summary: 'The document as a PDF/A-3b file (A4, in the document’s language)',
      params: idParamsSchema,
      file: 'application/pdf',
    },
  }),
);

/** The print layout: read by every member, changed in the settings, previewed before saving. */
export const layoutRoutes = defineRoutes('layout', {
  get: {
    method: 'GET',
    path: '/layout',
    access: 'member',
    summary: 'The print layout of quotes, invoices and credit notes',
    response: layoutSchema,
  },
  update: {
    method: 'PUT',
    path: '/layout',
    access: 'settings',
    summary: 'Save the print layout (template, colour, font, logo position, optional fields)',
    body: layoutInputSchema,
    response: layoutSchema,
  },
  preview: {
    method: 'GET',
    path: '/layout/preview.pdf',
    access: 'member',
    summary: 'A sample document rendered with the given, unsaved settings',
    query: layoutPreviewQuerySchema,
    file: 'application/pdf',
  },
});
