import type { DocumentType, documentPdfRoutes } from '../../../../contract/index.js';
import { SAME_ORIGIN_FRAME_HEADERS } from '../../../platform/security-headers.js';
import { authOf } from '../../../platform/auth/actor.js';
import type { Handlers } from '../../../platform/mount-routes.js';
import type { PdfService } from './pdf.service.js';

/** The handlers of `documentPdfRoutes[type]` (src/contract/routes/pdf.ts). */
export function documentPdfHandlers(
  type: DocumentType,
  deps: { pdf: PdfService },
): Handlers<(typeof documentPdfRoutes)[DocumentType]> {
  return {
    pdf: async (request, reply) => {
      const pdf = await deps.pdf.document(authOf(request).organizationId, type, request.params.id);
      return reply
        .type('application/pdf')
        .headers(SAME_ORIGIN_FRAME_HEADERS)
        .header('content-disposition', `inline; filename="${pdf.filename}"`)
        .send(pdf.data);
    },
  };
}
