import type { layoutRoutes } from '../../../../contract/index.js';
import { SAME_ORIGIN_FRAME_HEADERS } from '../../../platform/security-headers.js';
import { actorOf, authOf } from '../../../platform/auth/actor.js';
import type { Handlers } from '../../../platform/mount-routes.js';
import type { LayoutService } from './layout.service.js';
import type { PdfService } from './pdf.service.js';

/** The handlers of `layoutRoutes` (src/contract/routes/pdf.ts). */
export function layoutHandlers(deps: {
  layouts: LayoutService;
  pdf: PdfService;
}): Handlers<typeof layoutRoutes> {
  return {
    get: async (request) => deps.layouts.get(authOf(request).organizationId),
    update: async (request) => deps.layouts.update(actorOf(request), request.body),
    preview: async (request, reply) => {
      const pdf = await deps.pdf.preview(authOf(request).organizationId, request.query);
      return reply
        .type('application/pdf')
        .headers(SAME_ORIGIN_FRAME_HEADERS)
        .header('content-disposition', 'inline; filename="preview.pdf"')
        .send(pdf);
    },
  };
}
