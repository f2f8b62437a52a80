import { idParamsSchema, type DocumentType } from '../../../../contract/index.js';
import { SAME_ORIGIN_FRAME_HEADERS } from '../../../platform/security-headers.js';
import { authOf } from '../../../platform/auth/actor.js';
import type { Api } from '../../../platform/route-types.js';
import { DOCUMENT_KINDS } from '../document-kinds.js';
import type { PdfService } from './pdf.service.js';

/** `GET /api/v1/{invoices|quotes|credit-notes}/:id/pdf`, guarded by the type's module. */
export function pdfRoutes(app: Api, deps: { pdf: PdfService }): void {
  for (const type of Object.keys(DOCUMENT_KINDS) as DocumentType[]) {
    const { path, module } = DOCUMENT_KINDS[type];
    app.get(`/api/v1/${path}/:id/pdf`, {
      config: { access: module },
      schema: {
        tags: [path],
        summary: 'The document as a PDF/A-3b file (A4, in the document’s language)',
        params: idParamsSchema,
        produces: ['application/pdf'],
      },
      handler: async (request, reply) => {
        const pdf = await deps.pdf.document(
          authOf(request).organizationId,
          type,
          request.params.id,
        );
        return reply
          .type('application/pdf')
          .headers(SAME_ORIGIN_FRAME_HEADERS)
          .header('content-disposition', `inline; filename="${pdf.filename}"`)
          .send(pdf.data);
      },
    });
  }
}
